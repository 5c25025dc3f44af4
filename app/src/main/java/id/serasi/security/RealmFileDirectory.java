package id.serasi.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The staff directory of the embedded default: the realm file's users who are not disabled. */
class RealmFileDirectory implements StaffDirectory {

    private final Map<String, Staff> byUsername;

    RealmFileDirectory(RealmFile realm) {
        this.byUsername = realm.users().stream().filter(RealmFile.RealmUser::enabled).map(RealmFile.RealmUser::asStaff)
                .collect(Collectors.toUnmodifiableMap(Staff::username, Function.identity()));
    }

    @Override
    public Optional<Staff> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    @Override
    public List<Staff> staffOf(String unitCode, Role role) {
        return byUsername.values().stream().filter(s -> s.belongsTo(unitCode) && s.has(role))
                .sorted((a, b) -> a.username().compareTo(b.username())).toList();
    }

    @Override
    public List<Staff> withRole(Role role) {
        return byUsername.values().stream().filter(s -> s.has(role))
                .sorted((a, b) -> a.username().compareTo(b.username())).toList();
    }
}
