package org.healthedu.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.healthedu.account.AccountAdminService;
import org.healthedu.account.AccountChanges;
import org.healthedu.account.AccountDraft;
import org.healthedu.account.AccountFilter;
import org.healthedu.account.AccountView;
import org.healthedu.account.IssuedPassword;
import org.healthedu.account.Role;
import org.healthedu.organisation.OrganisationService;
import org.healthedu.organisation.UnitView;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.web.organisation.UnitViewConverter;
import org.healthedu.web.shell.FacesMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Account administration ({@code account/accounts.xhtml}, ADMIN and COORDINATOR): the accounts in scope a page at a
 * time, creating one, changing role or unit, deactivating, and resetting a password. A temporary password is shown
 * once, in a dialog, and forgotten by the page when the dialog closes.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdminService accounts;

    @Inject
    private OrganisationService organisation;

    private String searchText;
    private Role searchRole;
    private String searchActive = "";

    private String username;
    private String displayName;
    private Role role;
    private UnitView unit;

    private AccountView editing;
    private Role editRole;
    private UnitView editUnit;

    private IssuedPassword issued;
    private UnitViewConverter unitConverter;

    private final LazyDataModel<AccountView> list = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.list(filter(), 0, 1).total();
        }

        @Override
        public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<AccountView> page = accounts.list(filter(), first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AccountView account) {
            return String.valueOf(account.id());
        }
    };

    private AccountFilter filter() {
        Boolean active = "active".equals(searchActive) ? Boolean.TRUE
                : "inactive".equals(searchActive) ? Boolean.FALSE : null;
        return new AccountFilter(searchText, searchRole, null, active);
    }

    public void startCreate() {
        username = null;
        displayName = null;
        role = Role.TRAINER;
        unit = null;
    }

    public void create() {
        try {
            issued = accounts.create(new AccountDraft(username, displayName, role, unit == null ? null : unit.id()),
                    remoteAddress());
        } catch (DomainException e) {
            FacesMessages.error(e, "createForm:");
            return;
        }
        PrimeFaces.current().executeScript("PF('createDialog').hide(); PF('passwordDialog').show();");
    }

    public void startEdit(AccountView account) {
        editing = account;
        editRole = account.role();
        editUnit = organisation.getUnit(account.unitId());
    }

    public void saveEdit() {
        if (editing == null) {
            return;
        }
        try {
            accounts.change(editing.id(), new AccountChanges(null, editRole, editUnit == null ? null : editUnit.id()),
                    remoteAddress());
        } catch (DomainException e) {
            FacesMessages.error(e, "editForm:");
            return;
        }
        editing = null;
        FacesMessages.info("accounts.changed");
        PrimeFaces.current().executeScript("PF('editDialog').hide();");
    }

    public void deactivate(AccountView account) {
        act(() -> accounts.deactivate(account.id(), remoteAddress()), "accounts.deactivated");
    }

    public void reactivate(AccountView account) {
        act(() -> accounts.reactivate(account.id(), remoteAddress()), "accounts.reactivated");
    }

    public void resetPassword(AccountView account) {
        try {
            issued = accounts.resetPassword(account.id(), remoteAddress());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
            return;
        }
        PrimeFaces.current().executeScript("PF('passwordDialog').show();");
    }

    /** The dialog was closed: the temporary password is not kept any longer than it was shown. */
    public void forgetPassword() {
        issued = null;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public List<UnitView> completeUnit(String text) {
        return organisation.search(text, false, 0, 20).items();
    }

    /** What the caller may give: an admin every role but HOST; a coordinator up to their own. */
    public List<Role> getRoles() {
        boolean admin = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ADMIN_NAME);
        return Arrays.stream(Role.values())
                .filter(r -> r != Role.HOST && (admin || r != Role.ADMIN))
                .toList();
    }

    public List<Role> getAllRoles() {
        return Arrays.asList(Role.values());
    }

    public UnitViewConverter getUnitConverter() {
        if (unitConverter == null) {
            unitConverter = new UnitViewConverter(organisation);
        }
        return unitConverter;
    }

    private static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    public LazyDataModel<AccountView> getList() {
        return list;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public Role getSearchRole() {
        return searchRole;
    }

    public void setSearchRole(Role searchRole) {
        this.searchRole = searchRole;
    }

    public String getSearchActive() {
        return searchActive;
    }

    public void setSearchActive(String searchActive) {
        this.searchActive = searchActive;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public UnitView getUnit() {
        return unit;
    }

    public void setUnit(UnitView unit) {
        this.unit = unit;
    }

    public AccountView getEditing() {
        return editing;
    }

    public Role getEditRole() {
        return editRole;
    }

    public void setEditRole(Role editRole) {
        this.editRole = editRole;
    }

    public UnitView getEditUnit() {
        return editUnit;
    }

    public void setEditUnit(UnitView editUnit) {
        this.editUnit = editUnit;
    }

    public IssuedPassword getIssued() {
        return issued;
    }
}
