package org.healthedu.organisation;

import java.lang.reflect.Field;

/** Builds units as the persistence layer would: the id set on the private field, then placed in the tree. */
public final class Units {

    private Units() {
    }

    /** A new unit with the given id, placed in the tree under {@code parent}. */
    public static OrganisationUnit placed(long id, UnitKind kind, OrganisationUnit parent) {
        OrganisationUnit unit = new OrganisationUnit("U" + id, "单位" + id, "Unit " + id, kind, parent);
        setId(unit, id);
        unit.placeInTree();
        return unit;
    }

    public static void setId(OrganisationUnit unit, long id) {
        try {
            Field field = OrganisationUnit.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(unit, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot set the id of a unit", e);
        }
    }

    /** Reads a private field, for state that has no accessor. */
    public static Object field(Object entity, String name) {
        try {
            Field field = entity.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(entity);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + name, e);
        }
    }
}
