package id.serasi.whistleblowing;

/** A file as the browser sent it: the name is only shown, never trusted for the type. */
public record EvidenceFile(String fileName, byte[] content) {
}
