package id.serasi.document;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

/**
 * Files as the outside probe sent them: identifying data where a segment-by-segment cleaner does not look. Built in
 * code so the tests show exactly what each one hides.
 */
final class HostileFiles {

    /** Text each file hides that the cleaned copy must not contain. */
    static final String REPORTER = "Siti Pelapor";

    private HostileFiles() {
    }

    /** A blue photo with a second JPEG (the one with GPS) after its end marker, as motion photos carry. */
    static byte[] jpegWithTrailingPhoto() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg(filled(48, 32, Color.BLUE), false));
        out.write(TestImages.jpegWithGps());
        out.write(("MotionPhoto_Data " + REPORTER).getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A progressive photo with an EXIF (GPS) segment placed after its first scan, where no header reader looks. */
    static byte[] progressiveJpegWithExifBetweenScans() throws IOException {
        byte[] progressive = jpeg(filled(64, 48, Color.GREEN), true);
        int firstScan = indexOf(progressive, new byte[] {(byte) 0xFF, (byte) 0xDA}, 2);
        int next = nextMarker(progressive, firstScan + 2 + length(progressive, firstScan));
        byte[] exif = exifSegment();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(progressive, 0, next);
        out.write(exif);
        out.write(progressive, next, progressive.length - next);
        return out.toByteArray();
    }

    /** A half-transparent PNG with a private chunk and the three text chunks. */
    static byte[] pngWithPrivateAndTextChunks() throws IOException {
        BufferedImage image = new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 10; x++) {
            for (int y = 0; y < 10; y++) {
                image.setRGB(x, y, 0xFFFF0000);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        byte[] bytes = png.toByteArray();
        bytes = withPngChunk(bytes, "prVt", ("GPS -6.25 106.85 " + REPORTER).getBytes(StandardCharsets.US_ASCII));
        bytes = withPngChunk(bytes, "tEXt", ("Author\0" + REPORTER).getBytes(StandardCharsets.ISO_8859_1));
        bytes = withPngChunk(bytes, "iTXt", ("Comment\0\0\0\0\0" + REPORTER).getBytes(StandardCharsets.ISO_8859_1));
        return bytes;
    }

    /**
     * A one-page PDF with everything the probe found or could have: document info, document and page XMP, an
     * embedded file, an annotation with its author (/T), a link annotation running JavaScript, document-level
     * JavaScript (a name tree and an open action) and a page action, a photo with GPS EXIF drawn on the page, and
     * bytes after the end.
     */
    static byte[] pdfWithEverything() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.getDocumentInformation().setAuthor(REPORTER);
            document.getDocumentInformation().setCreator("HP LaserJet kantor Sentra");
            document.getDocumentCatalog().setMetadata(xmp(document));
            page.setMetadata(xmp(document));

            var photo = JPEGFactory.createFromByteArray(document, TestImages.jpegWithGps());
            try (var content = new PDPageContentStream(document, page)) {
                content.drawImage(photo, 100, 400, 200, 200);
            }

            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(50, 50, 20, 20));
            note.setTitlePopup(REPORTER);
            note.setContents("catatan");
            page.getAnnotations().add(note);

            PDEmbeddedFile embedded = new PDEmbeddedFile(document,
                    new java.io.ByteArrayInputStream(("daftar saksi " + REPORTER).getBytes(StandardCharsets.UTF_8)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("saksi.txt");
            spec.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("saksi.txt", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            PDActionJavaScript script = new PDActionJavaScript("app.alert('" + REPORTER + "')");
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("saatDibuka", new PDActionJavaScript("console.println('" + REPORTER + "')")));
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);

            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 100, 50, 20));
            link.setAction(script);
            page.getAnnotations().add(link);

            document.getDocumentCatalog().setOpenAction(script);
            var pageActions = new org.apache.pdfbox.cos.COSDictionary();
            pageActions.setItem(COSName.O, script);
            page.getCOSObject().setItem(COSName.AA, pageActions);
            document.getDocumentInformation().setCreationDate(Calendar.getInstance());
            document.save(out);
        }
        out.write(("\n% " + REPORTER + " trailing\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A photo taken with the phone turned: stored 40 × 20 with its left half red, EXIF orientation 6 (turn right). */
    static byte[] jpegTakenUpright() throws IOException {
        BufferedImage stored = filled(40, 20, Color.WHITE);
        var g = stored.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 20, 20);
        g.dispose();
        byte[] plain = jpeg(stored, false);
        ByteBuffer exif = ByteBuffer.allocate(6 + 26);
        exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        exif.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        exif.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6)
                .putShort((short) 0).putInt(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.capacity() + 2)});
        out.write(exif.array());
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A PNG header claiming 10 000 × 10 000 pixels: 100 megapixels, decoded it would take 400 MB. */
    static byte[] pngBomb() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] bytes = png.toByteArray();
        ByteBuffer header = ByteBuffer.wrap(bytes);
        header.putInt(16, 10_000).putInt(20, 10_000);
        CRC32 crc = new CRC32();
        crc.update(bytes, 12, 17);
        header.putInt(29, (int) crc.getValue());
        return bytes;
    }

    static BufferedImage filled(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static byte[] withPngChunk(byte[] png, String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 25;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.write(chunk.array(), 0, chunk.capacity());
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    static int indexOf(byte[] in, byte[] what, int from) {
        outer:
        for (int i = from; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The APP1 segment of {@link TestImages#jpegWithGps()}, with its marker. */
    private static byte[] exifSegment() {
        byte[] photo = TestImages.jpegWithGps();
        int app1 = indexOf(photo, new byte[] {(byte) 0xFF, (byte) 0xE1}, 2);
        return java.util.Arrays.copyOfRange(photo, app1, app1 + 2 + length(photo, app1));
    }

    private static int length(byte[] jpeg, int marker) {
        return ((jpeg[marker + 2] & 0xFF) << 8) | (jpeg[marker + 3] & 0xFF);
    }

    /** The next marker after entropy-coded data: 0xFF followed by neither 0x00 (stuffing) nor a restart marker. */
    private static int nextMarker(byte[] jpeg, int from) {
        for (int i = from; i < jpeg.length - 1; i++) {
            int second = jpeg[i + 1] & 0xFF;
            if ((jpeg[i] & 0xFF) == 0xFF && second != 0x00 && second != 0xFF && (second < 0xD0 || second > 0xD7)) {
                return i;
            }
        }
        throw new IllegalStateException("no marker after the first scan");
    }

    private static PDMetadata xmp(PDDocument document) throws IOException {
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/"
                + "22-rdf-syntax-ns#'><rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>"
                + REPORTER + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        return metadata;
    }
}
