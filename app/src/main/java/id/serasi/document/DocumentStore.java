package id.serasi.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Case documents live as files outside the database (backed up with it, see docs), named by a random key and
 * checked against their SHA-256 when read back.
 */
@Component
public class DocumentStore {

    private final Path root;

    DocumentStore(@Value("${serasi.attachments.dir:./data/attachments}") Path root) {
        this.root = root;
    }

    public record Stored(String key, String sha256) {
    }

    public Stored write(byte[] content) {
        String key = UUID.randomUUID().toString();
        try {
            Path file = pathOf(key);
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW);
            return new Stored(key, sha256(content));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store document", e);
        }
    }

    /** The bytes, if they are still what was stored. */
    public Optional<byte[]> read(String key, String expectedSha256) {
        try {
            byte[] content = Files.readAllBytes(pathOf(key));
            return sha256(content).equals(expectedSha256) ? Optional.of(content) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
