package org.healthedu.web.checkin;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.healthedu.checkin.SignInSheets;
import org.healthedu.file.FileContent;
import org.healthedu.shared.DomainException;
import org.healthedu.web.api.Downloads;
import org.healthedu.web.shell.LocaleBean;

/**
 * The sign-in sheet for a signed-in browser: {@code /session/signin-sheet.pdf?id=…} (a plain link on a page; the REST
 * API takes Basic only). The same PDF as {@code GET /api/v1/sessions/{id}/signin-sheet.pdf}, in the page's language.
 */
@WebServlet("/session/signin-sheet.pdf")
public class SignInSheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignInSheets sheets;

    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileContent file;
        try {
            file = sheets.pdf(id, CheckInLinks.sheetLabels(localeBean.getLocale()), CheckInLinks.base(request),
                    CheckInLinks.feedbackBase(request));
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (DomainException e) {
            response.sendError(e.kind() == DomainException.Kind.NOT_FOUND ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof DomainException domain) {
                response.sendError(domain.kind() == DomainException.Kind.NOT_FOUND
                        ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            throw e;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", Downloads.contentDisposition(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }
}
