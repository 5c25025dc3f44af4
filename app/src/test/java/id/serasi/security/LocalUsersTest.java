package id.serasi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The embedded default's sign-in against the realm file, whose passwords are hashed at a user's first sign-in. */
class LocalUsersTest {

    private final IdentityConfiguration configuration = new IdentityConfiguration();
    private final PasswordEncoder encoder = configuration.passwordEncoder();
    private final UserDetailsService users = configuration.localUsers(
            RealmFile.load(Path.of("../keycloak-realm/serasi-realm.json")), encoder, new MockEnvironment(),
            new SignInThrottle(Clock.systemUTC(), name -> true));

    @Test
    void aUserOfTheRealmFileSignsInWithHerPasswordHerRolesAndHerUnits() {
        UserDetails ayu = users.loadUserByUsername("Ayu.Lestari");

        assertThat(ayu.getUsername()).isEqualTo("ayu.lestari");
        assertThat(encoder.matches("Serasi#2026", ayu.getPassword())).isTrue();
        assertThat(encoder.matches("serasi#2026", ayu.getPassword())).isFalse();
        assertThat(ayu.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.startsWith(Staff.UNIT_AUTHORITY_PREFIX)).anyMatch(a -> a.startsWith("ROLE_"));
    }

    @Test
    void aSignInErasesThePasswordOfItsOwnCopyOnly() {
        User first = (User) users.loadUserByUsername("ayu.lestari");
        first.eraseCredentials();

        UserDetails second = users.loadUserByUsername("ayu.lestari");
        assertThat(second.getPassword()).isNotNull();
        assertThat(encoder.matches("Serasi#2026", second.getPassword())).isTrue();
    }

    @Test
    void someoneNotInTheRealmFileIsUnknown() {
        assertThatThrownBy(() -> users.loadUserByUsername("tamu")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void theProductionProfileRefusesTheLocalSignIn() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles(IdentityConfiguration.PRODUCTION);
        assertThatThrownBy(() -> configuration.localUsers(RealmFile.load(Path.of("../keycloak-realm/serasi-realm.json")),
                encoder, production, new SignInThrottle(Clock.systemUTC(), name -> true))).hasMessageContaining("SERASI_IDENTITY=keycloak");
    }
}
