package id.serasi.document;

import java.io.IOException;

/**
 * Takes an uploaded file apart before it is stored: the type comes from the content, never from the name, and only
 * what it shows is kept. Images are decoded to pixels and encoded anew, PDFs rendered page by page into a new PDF of
 * those pictures, so no metadata, hidden segment, trailer, attachment or script can survive, wherever the file put
 * it. Anything that is not a well-formed JPEG, PNG or PDF is refused with a message key saying why.
 */
public final class DocumentCleaner {

    private DocumentCleaner() {
    }

    /** The outcome: a cleaned document of a known type, or the message key of the refusal. */
    public sealed interface Result {
        record Cleaned(DocumentType type, byte[] content) implements Result {
        }

        record Refused(String messageKey) implements Result {
        }
    }

    public static Result clean(byte[] content, long maxBytes) {
        if (content.length == 0) {
            return new Result.Refused("upload.empty");
        }
        if (content.length > maxBytes) {
            return new Result.Refused("upload.tooLarge");
        }
        var type = DocumentType.of(content);
        if (type.isEmpty()) {
            return new Result.Refused("upload.wrongType");
        }
        try {
            byte[] cleaned = switch (type.get()) {
                case JPEG -> ImageCleaner.jpeg(content);
                case PNG -> ImageCleaner.png(content);
                case PDF -> PdfCleaner.render(content);
            };
            return new Result.Cleaned(type.get(), cleaned);
        } catch (Refusal refusal) {
            return new Result.Refused(refusal.messageKey());
        } catch (IOException | RuntimeException e) {
            return new Result.Refused("upload.damaged");
        }
    }

    /** A well-formed file refused for what it would cost to clean (a decompression bomb, a huge PDF). */
    static final class Refusal extends IOException {

        private final String messageKey;

        Refusal(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
