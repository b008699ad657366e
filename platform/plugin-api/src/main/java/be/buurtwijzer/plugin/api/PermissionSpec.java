package be.buurtwijzer.plugin.api;

import java.util.Set;

/**
 * A permission a plugin defines, e.g. {@code volunteers.personal-data.read}, with the roles that
 * have it by default.
 */
public record PermissionSpec(String id, Text label, Set<MemberRole> defaultRoles) {

    public PermissionSpec {
        defaultRoles = Set.copyOf(defaultRoles);
    }
}
