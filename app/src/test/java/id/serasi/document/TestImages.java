package id.serasi.document;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Test images with the metadata a phone camera writes. */
public final class TestImages {

    private TestImages() {
    }

    /** A red 64×64 JPEG with an EXIF block placing it in Jakarta (6.25° S, 106.85° E). */
    public static byte[] jpegWithGps() {
        try {
            return jpeg();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A noise picture (it does not compress away) of about the given size in bytes, as large photos are. */
    public static byte[] pngOfAbout(int bytes) {
        int side = (int) Math.sqrt(bytes / 3.0) + 1;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(24);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] exif = exifWithGps();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static byte[] exifWithGps() {
        ByteBuffer b = ByteBuffer.allocate(6 + 128);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        int base = b.position();
        b.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        b.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'S', 0, 0, 0});
        b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        b.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
        b.putInt(0);
        assert b.position() - base == 80;
        b.putInt(6).putInt(1).putInt(15).putInt(1).putInt(0).putInt(1);
        b.putInt(106).putInt(1).putInt(51).putInt(1).putInt(0).putInt(1);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

}
