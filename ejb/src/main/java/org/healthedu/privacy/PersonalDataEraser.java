package org.healthedu.privacy;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Runs the erasure statements of {@link PersonalDataRegistry} for a set of participants, in the caller's transaction. */
final class PersonalDataEraser {

    private PersonalDataEraser() {
    }

    /** Clears every declared column of the rows about {@code ids}; returns the rows changed per statement, summed. */
    static int erase(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        em.flush();
        int changed = 0;
        for (PersonalTable table : PersonalDataRegistry.participantTables()) {
            String sql = table.eraseSql();
            if (sql != null) {
                changed += em.createNativeQuery(sql).setParameter("ids", ids).executeUpdate();
            }
        }
        em.clear();
        return changed;
    }

    /** What a participant is called once erased: "已删除 #123". */
    static String placeholder(long id) {
        return "已删除 #" + id;
    }
}
