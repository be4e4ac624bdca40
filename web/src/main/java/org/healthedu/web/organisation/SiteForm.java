package org.healthedu.web.organisation;

import java.io.Serializable;
import org.healthedu.organisation.SiteDetails;
import org.healthedu.organisation.SiteKind;
import org.healthedu.organisation.SiteView;

/** What the site dialog edits. */
public class SiteForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editingId;
    private Long version;
    private SiteKind kind;
    private String nameZh;
    private String nameEn;
    private String address;
    private String contactName;
    private String contactPhone;

    void reset() {
        editingId = null;
        version = null;
        kind = null;
        nameZh = null;
        nameEn = null;
        address = null;
        contactName = null;
        contactPhone = null;
    }

    void load(SiteView site) {
        editingId = site.id();
        version = site.version();
        kind = site.kind();
        nameZh = site.nameZh();
        nameEn = site.nameEn();
        address = site.address();
        contactName = site.contactName();
        contactPhone = site.contactPhone();
    }

    SiteDetails details() {
        return new SiteDetails(kind, nameZh, nameEn, address, contactName, contactPhone);
    }

    public boolean isNew() {
        return editingId == null;
    }

    public Long getEditingId() {
        return editingId;
    }

    public Long getVersion() {
        return version;
    }

    public SiteKind getKind() {
        return kind;
    }

    public void setKind(SiteKind kind) {
        this.kind = kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
