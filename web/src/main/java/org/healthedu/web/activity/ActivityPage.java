package org.healthedu.web.activity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.healthedu.activity.ActivityDraft;
import org.healthedu.activity.ActivityService;
import org.healthedu.activity.ActivityType;
import org.healthedu.activity.ActivityView;
import org.healthedu.activity.AudienceKind;
import org.healthedu.activity.PlaceChoices;
import org.healthedu.file.FilePolicy;
import org.healthedu.file.StoredFileView;
import org.healthedu.session.SessionTime;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.PageDownloads;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * Logs a new activity ({@code ?id=} absent) or changes one: a lecture with a headcount and a photo in under a minute
 * on a phone. A photo chosen before the first save is kept here and stored with the activity when it is saved.
 */
@Named
@ViewScoped
public class ActivityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ActivityService activities;

    private Long id;
    private Long version;
    private boolean editable = true;
    private PlaceChoices choices;
    private List<StoredFileView> evidence = List.of();
    private final List<Pending> pending = new ArrayList<>();

    private ActivityType type = ActivityType.LECTURE;
    private boolean online;
    private LocalDate heldOn = LocalDate.now(SessionTime.ZONE);
    private Long unitId;
    private Long siteId;
    private String topic;
    private String organiserName;
    private AudienceKind audience = AudienceKind.STUDENTS;
    private Integer headcount;
    private Integer female;
    private Integer male;
    private Integer sexUnknown;
    private Integer ageUnder14;
    private Integer age14to17;
    private Integer age18to24;
    private Integer age25plus;
    private Integer ageUnknown;
    private String grade;
    private String note;

    /** A photo waiting for the activity's first save. */
    private record Pending(String name, byte[] bytes) implements Serializable {
    }

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            choices = activities.placeChoices();
            if (id != null) {
                ActivityView a = activities.activity(id);
                editable = activities.canEdit(id);
                fill(a);
                evidence = activities.evidence(id);
            } else if (choices.sites().size() == 1) {
                siteId = choices.sites().get(0).id();
            }
        } catch (DomainException e) {
            FacesMessages.error(e, null);
            editable = false;
        }
    }

    private void fill(ActivityView a) {
        version = a.version();
        type = a.type();
        online = a.online();
        heldOn = a.heldOn();
        unitId = a.unitId();
        siteId = a.siteId();
        topic = a.topic();
        organiserName = a.organiserName();
        audience = a.audience();
        headcount = a.headcount();
        female = a.female();
        male = a.male();
        sexUnknown = a.sexUnknown();
        ageUnder14 = a.ageUnder14();
        age14to17 = a.age14to17();
        age18to24 = a.age18to24();
        age25plus = a.age25plus();
        ageUnknown = a.ageUnknown();
        grade = a.grade();
        note = a.note();
    }

    private ActivityDraft draft() {
        // A site picked decides the unit; the unit picker is for activities without a site.
        return new ActivityDraft(type, online, heldOn, siteId == null ? unitId : null, siteId, null, topic,
                organiserName, audience, headcount, female, male, sexUnknown, ageUnder14, age14to17, age18to24,
                age25plus, ageUnknown, grade, note, version);
    }

    public String save() {
        try {
            ActivityView saved = id == null ? activities.log(draft()) : activities.revise(id, draft());
            for (Pending p : pending) {
                activities.addEvidence(saved.id(), p.name(), p.bytes());
            }
            pending.clear();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info("activity.saved");
            return "/activity/activities?faces-redirect=true";
        } catch (DomainException e) {
            FacesMessages.error(e, "activityForm:");
            return null;
        }
    }

    public String remove() {
        try {
            activities.remove(id, version);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info("activity.deleted");
            return "/activity/activities?faces-redirect=true";
        } catch (DomainException e) {
            FacesMessages.error(e, null);
            return null;
        }
    }

    /** Checks the photo's kind by its bytes at once; stores it now when editing, else with the first save. */
    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        byte[] bytes = event.getFile().getContent();
        try {
            if (id == null) {
                org.healthedu.file.FileStore.check("file", name, bytes, FilePolicy.EVIDENCE);
                pending.add(new Pending(name, bytes));
            } else {
                activities.addEvidence(id, name, bytes);
                evidence = activities.evidence(id);
            }
            FacesMessages.info("activity.upload.done", name);
        } catch (DomainException e) {
            FacesMessages.error(e, "activityForm:");
        }
    }

    /** Removes one photo or sheet uploaded by mistake (the file goes with it). */
    public void removeEvidence(StoredFileView file) {
        try {
            activities.removeEvidence(id, file.id());
            evidence = activities.evidence(id);
            FacesMessages.info("activity.evidence.removed", file.fileName());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public StreamedContent download(StoredFileView file) {
        return PageDownloads.streamedOrMessage(() -> activities.evidenceFile(id, file.id()));
    }

    public List<String> getPendingNames() {
        return pending.stream().map(Pending::name).toList();
    }

    public int getSexSum() {
        return sum(female, male, sexUnknown);
    }

    public int getAgeSum() {
        return sum(ageUnder14, age14to17, age18to24, age25plus, ageUnknown);
    }

    public boolean isSexOff() {
        return (female != null || male != null || sexUnknown != null) && getSexSum() != total();
    }

    public boolean isAgeOff() {
        return (ageUnder14 != null || age14to17 != null || age18to24 != null || age25plus != null
                || ageUnknown != null) && getAgeSum() != total();
    }

    public int total() {
        return headcount == null ? 0 : headcount;
    }

    private static int sum(Integer... parts) {
        int s = 0;
        for (Integer p : parts) {
            s += p == null ? 0 : p;
        }
        return s;
    }

    public long getEvidenceMaxBytes() {
        return FilePolicy.EVIDENCE.maxBytes();
    }

    public ActivityType[] getTypes() {
        return ActivityType.values();
    }

    public AudienceKind[] getAudiences() {
        return AudienceKind.values();
    }

    public PlaceChoices getChoices() {
        return choices;
    }

    public List<StoredFileView> getEvidence() {
        return evidence;
    }

    public boolean isEditable() {
        return editable;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalDate getToday() {
        return LocalDate.now(SessionTime.ZONE);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getOrganiserName() {
        return organiserName;
    }

    public void setOrganiserName(String organiserName) {
        this.organiserName = organiserName;
    }

    public AudienceKind getAudience() {
        return audience;
    }

    public void setAudience(AudienceKind audience) {
        this.audience = audience;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    public Integer getFemale() {
        return female;
    }

    public void setFemale(Integer female) {
        this.female = female;
    }

    public Integer getMale() {
        return male;
    }

    public void setMale(Integer male) {
        this.male = male;
    }

    public Integer getSexUnknown() {
        return sexUnknown;
    }

    public void setSexUnknown(Integer sexUnknown) {
        this.sexUnknown = sexUnknown;
    }

    public Integer getAgeUnder14() {
        return ageUnder14;
    }

    public void setAgeUnder14(Integer ageUnder14) {
        this.ageUnder14 = ageUnder14;
    }

    public Integer getAge14to17() {
        return age14to17;
    }

    public void setAge14to17(Integer age14to17) {
        this.age14to17 = age14to17;
    }

    public Integer getAge18to24() {
        return age18to24;
    }

    public void setAge18to24(Integer age18to24) {
        this.age18to24 = age18to24;
    }

    public Integer getAge25plus() {
        return age25plus;
    }

    public void setAge25plus(Integer age25plus) {
        this.age25plus = age25plus;
    }

    public Integer getAgeUnknown() {
        return ageUnknown;
    }

    public void setAgeUnknown(Integer ageUnknown) {
        this.ageUnknown = ageUnknown;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** The day (China time) a file's content was removed, as the marker shows it. */
    public String day(java.time.Instant at) {
        return at == null ? "" : at.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
    }
}
