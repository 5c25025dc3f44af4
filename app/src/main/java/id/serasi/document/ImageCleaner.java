package id.serasi.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Decodes a photo or picture to pixels and encodes those alone: whatever else the file held (EXIF and GPS anywhere,
 * a second photo after the end, private chunks) is never read into the new file.
 */
final class ImageCleaner {

    /** 50 megapixels: more than any phone camera takes, and 200 MB once decoded, so a small file cannot claim more. */
    static final long MAX_PIXELS = 50_000_000L;

    private static final float JPEG_QUALITY = 0.9f;

    private ImageCleaner() {
    }

    static byte[] jpeg(byte[] in) throws IOException {
        BufferedImage pixels = ExifOrientation.of(in).upright(decode(in, "jpeg"));
        if (pixels.getColorModel().hasAlpha()) {
            throw new IOException("a JPEG with alpha");
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(pixels, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Keeps the alpha channel (or palette transparency) with the pixels. */
    static byte[] png(byte[] in) throws IOException {
        BufferedImage pixels = decode(in, "png");
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        if (!ImageIO.write(pixels, "png", out)) {
            throw new IOException("no PNG writer for this image");
        }
        return out.toByteArray();
    }

    /** Reads the size from the header first, so a decompression bomb is refused before memory is taken for it. */
    static BufferedImage decode(byte[] in, String format) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(in))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (stream == null || !readers.hasNext()) {
                throw new IOException("no reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new DocumentCleaner.Refusal("upload.tooManyPixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }
}
