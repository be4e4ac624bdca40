package org.healthedu.web.shell;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.healthedu.file.FileContent;
import org.healthedu.shared.DomainException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files handed to a PrimeFaces download ({@code p:fileDownload}) from a page. */
public final class PageDownloads {

    private PageDownloads() {
    }

    /** The file as a download: its name, type, length and bytes. */
    public static StreamedContent streamed(FileContent file) {
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength((long) file.bytes().length).stream(() -> new ByteArrayInputStream(file.bytes()))
                .build();
    }

    /**
     * The file as a download, or nothing and the rule's translated message on the page when it cannot be had (e.g.
     * removed for privacy, or gone, since the page was shown): never a failed request.
     */
    public static StreamedContent streamedOrMessage(Supplier<FileContent> file) {
        try {
            return streamed(file.get());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
            return null;
        }
    }
}
