package org.healthedu.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Whether the application can serve: it can only when the database answers. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthService {

    private static final Logger LOG = Logger.getLogger(HealthService.class.getName());
    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/HealthEduDS")
    private DataSource dataSource;

    public boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Database does not answer: {0}", e.getMessage());
            return false;
        }
    }
}
