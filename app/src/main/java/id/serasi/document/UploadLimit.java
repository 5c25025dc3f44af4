package id.serasi.document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The largest file anyone may upload ({@code serasi.uploads.max-file-bytes}): the one setting the upload components,
 * the servlet's multipart limits ({@link UploadLimitProperties}) and the checks before storage all follow.
 */
@Component
public class UploadLimit {

    public static final String PROPERTY = "serasi.uploads.max-file-bytes";
    static final long DEFAULT_BYTES = 10L * 1024 * 1024;

    private final long maxFileBytes;

    public UploadLimit(@Value("${" + PROPERTY + ":" + DEFAULT_BYTES + "}") long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** The limit as the upload component takes it. */
    public int maxFileBytesAsInt() {
        return (int) Math.min(Integer.MAX_VALUE, maxFileBytes);
    }

    /** For the texts that tell users the limit; rounded down, as a limit must not be promised larger than it is. */
    public long megabytes() {
        return maxFileBytes / (1024 * 1024);
    }
}
