package org.healthedu.web.organisation;

import java.io.Serializable;
import org.healthedu.organisation.UnitKind;
import org.healthedu.organisation.UnitView;

/** What the unit dialog edits: a new unit under a parent, or an existing unit's own fields. */
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editingId;
    private Long version;
    private Long parentId;
    private String parentName;
    private UnitKind parentKind;
    private String code;
    private String nameZh;
    private String nameEn;
    private UnitKind kind;

    void reset() {
        editingId = null;
        version = null;
        parentId = null;
        parentName = null;
        parentKind = null;
        code = null;
        nameZh = null;
        nameEn = null;
        kind = null;
    }

    void setParent(UnitView parent) {
        parentId = parent == null ? null : parent.id();
        parentName = parent == null ? null : parent.nameZh();
        parentKind = parent == null ? null : parent.kind();
    }

    public boolean isNew() {
        return editingId == null;
    }

    public Long getEditingId() {
        return editingId;
    }

    void setEditingId(Long editingId) {
        this.editingId = editingId;
    }

    public Long getVersion() {
        return version;
    }

    void setVersion(Long version) {
        this.version = version;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getParentName() {
        return parentName;
    }

    public UnitKind getParentKind() {
        return parentKind;
    }

    void setParentKind(UnitKind parentKind) {
        this.parentKind = parentKind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }
}
