package org.healthedu.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct reads of the test database, for what a user cannot see (hashes, paths) and "nothing changed" checks. */
public final class Db {

    private Db() {
    }

    public static long count(String sql, Object... args) {
        List<List<Object>> rows = rows(sql, args);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    public static Object value(String sql, Object... args) {
        List<List<Object>> rows = rows(sql, args);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    public static List<List<Object>> rows(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(System.getProperty("healthedu.test.db.url"),
                System.getProperty("healthedu.test.db.user"), System.getProperty("healthedu.test.db.password"));
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes rows directly, for a state another feature would make (a batch marking a curriculum in use). */
    public static int update(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(System.getProperty("healthedu.test.db.url"),
                System.getProperty("healthedu.test.db.user"), System.getProperty("healthedu.test.db.password"));
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long unitId(String code) {
        return ((Number) value("select id from organisation_unit where code = ?", code)).longValue();
    }
}
