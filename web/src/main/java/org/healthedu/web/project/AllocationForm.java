package org.healthedu.web.project;

import org.healthedu.project.AllocationNode;

/**
 * A share of a target being given (to a unit or one of its sites, at the top or below {@code parent}) or changed
 * ({@code changing}).
 */
public class AllocationForm extends PickedUnitForm {

    private static final long serialVersionUID = 1L;

    private AllocationNode parent;
    private AllocationNode changing;
    private boolean toSite;
    private Long value;

    void startNew(AllocationNode parentNode) {
        clear();
        parent = parentNode;
        changing = null;
        toSite = false;
        value = parentNode == null ? null : parentNode.shortfall() > 0 ? parentNode.shortfall() : null;
    }

    void startChange(AllocationNode node) {
        clear();
        parent = null;
        changing = node;
        value = node.value();
    }

    public AllocationNode getParent() {
        return parent;
    }

    public AllocationNode getChanging() {
        return changing;
    }

    public boolean isToSite() {
        return toSite;
    }

    public void setToSite(boolean toSite) {
        this.toSite = toSite;
    }

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }
}
