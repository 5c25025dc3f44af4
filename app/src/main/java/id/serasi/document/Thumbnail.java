package id.serasi.document;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A small copy of a stored picture, drawn on the server: what a case file shows inline without a read of the document
 * itself. Sending the stored picture and letting the browser shrink it handed the whole document out unaudited
 * ("open image in new tab").
 */
public final class Thumbnail {

    /** The longer side of a thumbnail, in pixels. */
    public static final int SIDE = 240;

    private Thumbnail() {
    }

    /** A JPEG no larger than {@link #SIDE} on its longer side; empty when the bytes are no picture Java reads. */
    public static Optional<byte[]> of(byte[] picture) {
        try {
            BufferedImage original = ImageIO.read(new ByteArrayInputStream(picture));
            if (original == null) {
                return Optional.empty();
            }
            double scale = Math.min(1.0, (double) SIDE / Math.max(original.getWidth(), original.getHeight()));
            int width = Math.max(1, (int) Math.round(original.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(original.getHeight() * scale));
            BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(original, 0, 0, width, height, java.awt.Color.WHITE, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(small, "jpeg", out);
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
