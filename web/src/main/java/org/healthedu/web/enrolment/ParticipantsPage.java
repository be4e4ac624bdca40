package org.healthedu.web.enrolment;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.healthedu.enrolment.Age;
import org.healthedu.enrolment.ConsentDraft;
import org.healthedu.enrolment.EnrolmentView;
import org.healthedu.enrolment.Gender;
import org.healthedu.enrolment.GuardianConsent;
import org.healthedu.enrolment.ParticipantChanges;
import org.healthedu.enrolment.ParticipantDraft;
import org.healthedu.enrolment.ParticipantKind;
import org.healthedu.enrolment.ParticipantService;
import org.healthedu.enrolment.ParticipantView;
import org.healthedu.organisation.OrganisationService;
import org.healthedu.organisation.UnitView;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.web.organisation.UnitViewConverter;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.UserBean;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Participants in the caller's scope, searched by name and kind, a page at a time (a county may have tens of
 * thousands); creating and editing them, and their guardian's consent, which the dialog shows for minors.
 */
@Named
@ViewScoped
public class ParticipantsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "participantForm:";

    @Inject
    private ParticipantService participants;

    @Inject
    private OrganisationService organisation;

    @Inject
    private UserBean user;

    private String searchText;
    private ParticipantKind kindFilter;

    // the dialog
    private ParticipantView editing;
    private ParticipantKind kind;
    private String displayName;
    private Gender gender;
    private Integer birthYear;
    private String phone;
    private String school;
    private String grade;
    private UnitView unit;
    private String guardianName;
    private String guardianRelation;
    private LocalDate consentDate;
    private String consentTextVersion;
    private List<EnrolmentView> history = List.of();

    private UnitViewConverter unitConverter;

    private final LazyDataModel<ParticipantView> list = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) participants.listParticipants(searchText, kindFilter, null, 0, 1).total();
        }

        @Override
        public List<ParticipantView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<ParticipantView> page = participants.listParticipants(searchText, kindFilter, null, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ParticipantView participant) {
            return String.valueOf(participant.id());
        }
    };

    /** A new participant of the caller's own unit by default, a parent unless changed. */
    public void startCreate() {
        editing = null;
        kind = ParticipantKind.PARENT;
        displayName = null;
        gender = null;
        birthYear = null;
        phone = null;
        school = null;
        grade = null;
        unit = organisation.getUnit(user.getCaller().unitId());
        clearConsent();
        history = List.of();
    }

    public void startEdit(ParticipantView participant) {
        try {
            editing = participants.getParticipant(participant.id());
            history = participants.enrolmentsOf(participant.id());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
            return;
        }
        kind = editing.kind();
        displayName = editing.displayName();
        gender = editing.gender();
        birthYear = editing.birthYear();
        phone = editing.phone();
        school = editing.school();
        grade = editing.grade();
        unit = organisation.getUnit(editing.unitId());
        clearConsent();
    }

    private void clearConsent() {
        guardianName = null;
        guardianRelation = null;
        consentDate = null;
        consentTextVersion = GuardianConsent.CURRENT_TEXT_VERSION;
    }

    public void save() {
        Long unitId = unit == null ? null : unit.id();
        try {
            if (editing == null) {
                ParticipantView created = participants.createParticipant(new ParticipantDraft(kind, displayName,
                        gender, birthYear, phone, school, grade, unitId, null, isConsentShown() ? consent() : null));
                FacesMessages.info("participant.created", created.displayName());
            } else {
                ParticipantView saved = participants.updateParticipant(editing.id(), new ParticipantChanges(kind,
                        displayName, gender, birthYear, phone, school, grade, unitId, editing.siteId(),
                        editing.version()));
                FacesMessages.info("participant.saved", saved.displayName());
            }
            PrimeFaces.current().executeScript("PF('participantDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, FORM);
        }
    }

    /** Records the guardian's consent for the participant being edited. */
    public void recordConsent() {
        if (editing == null) {
            return;
        }
        try {
            editing = participants.recordConsent(editing.id(), consent());
            clearConsent();
            FacesMessages.info("consent.recorded", editing.displayName());
        } catch (DomainException e) {
            FacesMessages.error(e, FORM);
        }
    }

    public void withdrawConsent() {
        if (editing == null) {
            return;
        }
        try {
            String name = editing.displayName();
            participants.withdrawConsent(editing.id());
            editing = null;
            FacesMessages.info("consent.withdrawn", name);
            PrimeFaces.current().executeScript("PF('participantDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, FORM);
        }
    }

    private ConsentDraft consent() {
        return new ConsentDraft(guardianName, guardianRelation, consentDate, consentTextVersion);
    }

    /** The birth year typed so far says a minor: the dialog asks for (or shows) the guardian's consent. */
    public boolean isConsentShown() {
        return Age.possiblyMinor(birthYear, Age.today());
    }

    /** The birth year typed so far says someone who could be under 14: consent is needed before enrolment. */
    public boolean isConsentNeeded() {
        return Age.needsConsent(birthYear, Age.today());
    }

    public boolean isStudentFields() {
        return kind != null && kind.atSchool();
    }

    /** Units in scope for the autocomplete. */
    public List<UnitView> completeUnit(String text) {
        return organisation.search(text, false, 0, 20).items();
    }

    public List<ParticipantKind> getKinds() {
        return Arrays.asList(ParticipantKind.values());
    }

    public List<Gender> getGenders() {
        return Arrays.asList(Gender.values());
    }

    public LazyDataModel<ParticipantView> getList() {
        return list;
    }

    public Converter<UnitView> getUnitConverter() {
        if (unitConverter == null) {
            unitConverter = new UnitViewConverter(organisation);
        }
        return unitConverter;
    }

    public ParticipantView getEditing() {
        return editing;
    }

    public List<EnrolmentView> getHistory() {
        return history;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public ParticipantKind getKindFilter() {
        return kindFilter;
    }

    public void setKindFilter(ParticipantKind kindFilter) {
        this.kindFilter = kindFilter;
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public void setKind(ParticipantKind kind) {
        this.kind = kind;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public UnitView getUnit() {
        return unit;
    }

    public void setUnit(UnitView unit) {
        this.unit = unit;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public String getGuardianRelation() {
        return guardianRelation;
    }

    public void setGuardianRelation(String guardianRelation) {
        this.guardianRelation = guardianRelation;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public String getConsentTextVersion() {
        return consentTextVersion;
    }

    public void setConsentTextVersion(String consentTextVersion) {
        this.consentTextVersion = consentTextVersion;
    }
}
