package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.domain.tenancy.TenantRole;

/**
 * Proof that the caller passed the gate of one municipality in the current transaction, with what the
 * gate read about the municipality (so that nothing after it reads the municipality again).
 */
public record TenantAccess(String tenantId, String slug, String tenantName, TenantRole role, Caller caller,
        String defaultLocale) {
}
