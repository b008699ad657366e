package be.buurtwijzer.core.application.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheChainIsAnOutage() {
        // what EclipseLink threw while MariaDB restarted under a write load
        assertTrue(DatabaseOutage.causes(new PersistenceException("EclipseLink-4002",
                new RuntimeException(new SQLRecoverableException("Communications link failure")))));
        assertTrue(DatabaseOutage.causes(new SQLNonTransientConnectionException("Connection refused", "08001")));
        assertTrue(DatabaseOutage.causes(new RuntimeException(
                new jakarta.resource.spi.ResourceAllocationException("J2CA0045E: no connection"))));
        assertTrue(DatabaseOutage.causes(new IllegalStateException(new SQLException("pool", "08001"))));
        assertTrue(DatabaseOutage.causes(new RuntimeException(new java.net.ConnectException("refused"))));
    }

    @Test
    void aRefusalByTheDatabaseIsNot() {
        assertFalse(DatabaseOutage.causes(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseOutage.causes(new SQLException("syntax", "42000")));
        assertFalse(DatabaseOutage.causes(new IllegalArgumentException("bad input")));
        assertFalse(DatabaseOutage.causes(null));
        // a fault to fix, not to wait out
        assertFalse(DatabaseOutage.causes(new jakarta.resource.spi.SecurityException("wrong password")));
        assertFalse(DatabaseOutage.causes(new jakarta.resource.spi.IllegalStateException("handle closed")));
    }
}
