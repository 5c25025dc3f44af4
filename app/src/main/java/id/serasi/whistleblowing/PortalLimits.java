package id.serasi.whistleblowing;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.local.LocalBucket;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The public portal's per-client buckets (Bucket4j). On PostgreSQL they are rows of {@code portal_limit}, so every
 * node counts the same wrong codes and reports; the embedded H2 opens its file in one process only, so there is
 * one node and they stay in its memory. A client is named by a keyed hash of its address
 * ({@code serasi.portal.client-key-secret}, the same on every node), never by the address: the table does not say
 * who used the portal.
 */
@Component
class PortalLimits {

    private static final Logger log = LoggerFactory.getLogger(PortalLimits.class);

    interface Store {
        Bucket bucket(String key, BucketConfiguration configuration);

        boolean holds(String key);

        void removeExpired();
    }

    private final Store store;
    private final SecretKeySpec secret;

    @Autowired
    PortalLimits(DataSource dataSource, @Value("${serasi.portal.client-key-secret}") String secret) {
        this(storeFor(dataSource), secret(secret, postgres(dataSource)));
    }

    PortalLimits(Store store, byte[] secret) {
        this.store = store;
        this.secret = new SecretKeySpec(secret, "HmacSHA256");
    }

    Bucket bucket(String purpose, String client, BucketConfiguration configuration) {
        return store.bucket(key(purpose, client), configuration);
    }

    /** Whether the client has a bucket for this purpose yet; asking does not make one. */
    boolean holds(String purpose, String client) {
        return store.holds(key(purpose, client));
    }

    @Scheduled(fixedDelayString = "${serasi.portal.cleanup-every}", initialDelayString = "${serasi.portal.cleanup-every}")
    void removeExpired() {
        store.removeExpired();
    }

    String key(String purpose, String client) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] hash = mac.doFinal(network(client).getBytes(StandardCharsets.UTF_8));
            return purpose + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The client as the limits count it: an IPv4 address as it is, an IPv6 address by its /64 network, which one
     * subscriber holds whole (moving to the next address of one's own /64 was a fresh set of guesses).
     */
    static String network(String client) {
        if (client.indexOf(':') < 0) {
            return client;
        }
        try {
            // a name with ':' is read as an IPv6 literal, never looked up
            byte[] address = InetAddress.getByName(client).getAddress();
            if (address.length != 16) {
                return client;
            }
            return HexFormat.of().formatHex(address, 0, 8) + "::/64";
        } catch (UnknownHostException notAnAddress) {
            return client;
        }
    }

    private static Store storeFor(DataSource dataSource) {
        return postgres(dataSource) ? new Shared(dataSource) : new InMemory(TimeMeter.SYSTEM_MILLISECONDS);
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database holds the portal limits", e);
        }
    }

    private static byte[] secret(String configured, boolean shared) {
        if (!configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        if (shared) {
            log.warn("serasi.portal.client-key-secret (SERASI_PORTAL_CLIENT_SECRET) is not set: this node names"
                    + " portal clients with a key of its own, so other nodes do not share its limits");
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    /** Rows of portal_limit, locked with SELECT … FOR UPDATE; a row goes once its bucket is full again. */
    static final class Shared implements Store {

        private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

        Shared(DataSource dataSource) {
            buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING).table("portal_limit")
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            Duration.ofMinutes(1)))
                    .build();
        }

        @Override
        public Bucket bucket(String key, BucketConfiguration configuration) {
            return buckets.builder().build(key, () -> configuration);
        }

        @Override
        public boolean holds(String key) {
            return buckets.getProxyConfiguration(key).isPresent();
        }

        @Override
        public void removeExpired() {
            while (buckets.removeExpired(500) == 500) {
                log.debug("removed 500 expired portal limits");
            }
        }
    }

    /** This node's memory, for the embedded H2 (one node); a bucket goes once it is full again. */
    static final class InMemory implements Store {

        private final Map<String, LocalBucket> buckets = new ConcurrentHashMap<>();
        private final TimeMeter time;

        InMemory(TimeMeter time) {
            this.time = time;
        }

        @Override
        public Bucket bucket(String key, BucketConfiguration configuration) {
            return buckets.computeIfAbsent(key, k -> {
                var builder = Bucket.builder().withCustomTimePrecision(time);
                for (var limit : configuration.getBandwidths()) {
                    builder.addLimit(limit);
                }
                return builder.build();
            });
        }

        @Override
        public boolean holds(String key) {
            return buckets.containsKey(key);
        }

        @Override
        public void removeExpired() {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens()
                    >= bucket.getConfiguration().getBandwidths()[0].getCapacity());
        }
    }
}
