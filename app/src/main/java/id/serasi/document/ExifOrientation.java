package id.serasi.document;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The one EXIF value worth keeping, read before the EXIF is dropped: how the camera was held. Its pixels are turned
 * accordingly, so a portrait photo does not arrive lying on its side once the tag that said so is gone.
 */
record ExifOrientation(int value) {

    private static final ExifOrientation UPRIGHT = new ExifOrientation(1);
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int ORIENTATION_TAG = 0x0112;

    /** The orientation in the first EXIF segment before the image data; upright when there is none or it is odd. */
    static ExifOrientation of(byte[] jpeg) {
        try {
            int at = 2;
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                int marker = jpeg[at + 1] & 0xFF;
                int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
                if (marker == 0xDA || length < 2) {
                    break;
                }
                if (marker == 0xE1 && length > 8 + EXIF.length
                        && Arrays.equals(jpeg, at + 4, at + 4 + EXIF.length, EXIF, 0, EXIF.length)) {
                    return fromTiff(ByteBuffer.wrap(jpeg, at + 4 + EXIF.length, length - 2 - EXIF.length).slice());
                }
                at += 2 + length;
            }
        } catch (RuntimeException e) {
            // a broken EXIF block changes nothing: the photo is kept as stored
        }
        return UPRIGHT;
    }

    private static ExifOrientation fromTiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? new ExifOrientation(value) : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    /** The pixels as the camera meant them to be seen. */
    BufferedImage upright(BufferedImage stored) {
        if (value == 1) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean turned = value >= 5;
        // x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12 for each EXIF orientation
        AffineTransform transform = switch (value) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        int type = stored.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_RGB : stored.getType();
        BufferedImage turnedImage = new BufferedImage(turned ? h : w, turned ? w : h, type);
        Graphics2D g = turnedImage.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(stored, transform, null);
        g.dispose();
        return turnedImage;
    }
}
