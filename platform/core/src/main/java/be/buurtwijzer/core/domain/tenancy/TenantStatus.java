package be.buurtwijzer.core.domain.tenancy;

import be.buurtwijzer.core.domain.shared.Labelled;

public enum TenantStatus implements Labelled {
    ACTIVE, SUSPENDED
}
