package org.healthedu.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Random keys every server of a cluster shares, kept in the database: whichever server needs one first makes it, the
 * others read the same one. Read once per server and kept in memory. Internal.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AppSecrets {

    private static final int LENGTH = 32;
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = "java:jboss/datasources/HealthEduDS")
    private DataSource dataSource;

    public byte[] secret(String name) {
        byte[] cached = CACHE.get(name);
        if (cached != null) {
            return cached.clone();
        }
        byte[] fresh = new byte[LENGTH];
        RANDOM.nextBytes(fresh);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into app_secret (name, value) values (?, ?) on conflict (name) do nothing")) {
                s.setString(1, name);
                s.setBytes(2, fresh);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("select value from app_secret where name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    byte[] stored = rs.getBytes(1);
                    CACHE.put(name, stored);
                    return stored.clone();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("secret not read", e);
        }
    }
}
