package id.serasi.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * The files of the outside probe (issue 24): each hid identifying data where the old segment-by-segment cleaner did
 * not look. Every assertion is on the cleaned bytes as the lead would download them.
 */
class HostileFilesTest {

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void jpegLosesThePhotoHiddenAfterItsEndMarker() throws Exception {
        byte[] upload = HostileFiles.jpegWithTrailingPhoto();
        assertThat(HostileFiles.indexOf(upload, EXIF, 0)).isPositive();

        byte[] cleaned = cleaned(upload, DocumentType.JPEG);

        assertNothingButPixels(cleaned);
        assertThat(occurrences(cleaned, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).isEqualTo(1);
        assertThat(endsWithEndMarker(cleaned)).isTrue();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(image.getWidth()).isEqualTo(48);
        assertThat(image.getHeight()).isEqualTo(32);
        assertThat(new Color(image.getRGB(5, 5)).getBlue()).isGreaterThan(200);
    }

    @Test
    void progressiveJpegLosesExifPlacedBetweenItsScans() throws Exception {
        byte[] upload = HostileFiles.progressiveJpegWithExifBetweenScans();
        assertThat(ImageIO.read(new ByteArrayInputStream(upload)).getWidth()).isEqualTo(64);

        byte[] cleaned = cleaned(upload, DocumentType.JPEG);

        assertNothingButPixels(cleaned);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
        assertThat(new Color(image.getRGB(30, 20)).getGreen()).isGreaterThan(200);
    }

    @Test
    void pngLosesPrivateAndTextChunksAndKeepsTransparency() throws Exception {
        byte[] cleaned = cleaned(HostileFiles.pngWithPrivateAndTextChunks(), DocumentType.PNG);

        String text = new String(cleaned, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain(HostileFiles.REPORTER).doesNotContain("prVt").doesNotContain("tEXt")
                .doesNotContain("iTXt");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(image.getHeight()).isEqualTo(10);
        assertThat(image.getRGB(2, 2)).isEqualTo(0xFFFF0000);
        assertThat(image.getRGB(15, 5) >>> 24).isZero();
    }

    @Test
    void pdfLosesMetadataFilesScriptsAuthorsTrailerAndTheGpsOfItsPhoto() throws Exception {
        byte[] upload = HostileFiles.pdfWithEverything();
        try (PDDocument before = Loader.loadPDF(upload)) {
            assertThat(before.getPage(0).getMetadata()).isNotNull();
            assertThat(before.getDocumentInformation().getAuthor()).isEqualTo(HostileFiles.REPORTER);
            assertThat(new String(before.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains(HostileFiles.REPORTER);
            assertThat(before.getPage(0).getAnnotations()).hasSize(2)
                    .anyMatch(a -> HostileFiles.REPORTER.equals(a.getCOSObject().getString(COSName.T)));
            assertThat(before.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsKey("saksi.txt");
            assertThat(before.getDocumentCatalog().getNames().getJavaScript().getNames()).containsKey("saatDibuka");
            assertThat(before.getDocumentCatalog().getOpenAction()).isNotNull();
            assertThat(before.getPage(0).getCOSObject().getDictionaryObject(COSName.AA)).isNotNull();
        }

        byte[] cleaned = cleaned(upload, DocumentType.PDF);

        assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain(HostileFiles.REPORTER)
                .endsWith("%%EOF\n");
        try (PDDocument document = Loader.loadPDF(cleaned)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentInformation().getCreator()).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getDocumentCatalog().getNames()).isNull();
            assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(document.getPage(0).getMetadata()).isNull();
            assertThat(document.getPage(0).getAnnotations()).isEmpty();
            List<String> found = forbiddenIn(document);
            assertThat(found).isEmpty();
            BufferedImage page = new PDFRenderer(document).renderImage(0);
            Color photo = new Color(page.getRGB(page.getWidth() * 200 / 612, page.getHeight() * (792 - 500) / 792));
            assertThat(photo.getRed()).as("the photo is still on the page").isGreaterThan(200);
            assertThat(photo.getBlue()).isLessThan(80);
        }
    }

    @Test
    void imageClaimingTooManyPixelsIsRefusedBeforeDecoding() throws Exception {
        assertThat(DocumentCleaner.clean(HostileFiles.pngBomb(), DocumentCleanerTest.LIMIT))
                .isEqualTo(new DocumentCleaner.Result.Refused("upload.tooManyPixels"));
    }

    /** No EXIF, no GPS and nothing after the end marker: a JPEG as the encoder writes it from pixels. */
    private static void assertNothingButPixels(byte[] jpeg) throws Exception {
        assertThat(HostileFiles.indexOf(jpeg, EXIF, 0)).isEqualTo(-1);
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).doesNotContain(HostileFiles.REPORTER)
                .doesNotContain("MotionPhoto");
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg))
                .getFirstDirectoryOfType(GpsDirectory.class)).isNull();
    }

    private static byte[] cleaned(byte[] upload, DocumentType type) {
        var result = DocumentCleaner.clean(upload, DocumentCleanerTest.LIMIT);
        assertThat(result).isInstanceOf(DocumentCleaner.Result.Cleaned.class);
        var cleaned = (DocumentCleaner.Result.Cleaned) result;
        assertThat(cleaned.type()).isEqualTo(type);
        return cleaned.content();
    }

    /** Every object of the file, streams decoded: keys that carry scripts, files or metadata, and the hidden text. */
    private static List<String> forbiddenIn(PDDocument document) throws IOException {
        List<COSName> keys = List.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES, COSName.EF,
                COSName.OPEN_ACTION, COSName.AA, COSName.METADATA, COSName.T, COSName.ANNOTS, COSName.PIECE_INFO);
        List<String> found = new ArrayList<>();
        for (COSObject object : document.getDocument().getXrefTable().keySet().stream()
                .map(key -> document.getDocument().getObjectFromPool(key)).toList()) {
            COSBase base = object.getObject();
            if (base instanceof COSDictionary dictionary) {
                keys.stream().filter(dictionary::containsKey).forEach(k -> found.add(k.getName()));
            }
            if (base instanceof COSStream stream) {
                byte[] data;
                try (var in = stream.createInputStream()) {
                    data = in.readAllBytes();
                }
                if (HostileFiles.indexOf(data, EXIF, 0) >= 0) {
                    found.add("EXIF in a stream");
                }
                if (new String(data, StandardCharsets.ISO_8859_1).contains(HostileFiles.REPORTER)) {
                    found.add("the reporter's name in a stream");
                }
            }
        }
        return found;
    }

    private static int occurrences(byte[] in, byte[] what) {
        int count = 0;
        for (int at = HostileFiles.indexOf(in, what, 0); at >= 0; at = HostileFiles.indexOf(in, what, at + 1)) {
            count++;
        }
        return count;
    }

    private static boolean endsWithEndMarker(byte[] jpeg) {
        return (jpeg[jpeg.length - 2] & 0xFF) == 0xFF && (jpeg[jpeg.length - 1] & 0xFF) == 0xD9;
    }
}
