package id.serasi.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** Uploads lose what could identify who made them or where, and are typed by content, never by name. */
class DocumentCleanerTest {

    static final long LIMIT = 10 * 1024 * 1024;

    @Test
    void photoLosesItsGpsPositionAndStaysAPicture() throws Exception {
        byte[] photo = TestImages.jpegWithGps();
        GpsDirectory before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo))
                .getFirstDirectoryOfType(GpsDirectory.class);
        assertThat(before).isNotNull();
        assertThat(before.getGeoLocation().getLatitude()).isBetween(-6.3, -6.2);

        var result = DocumentCleaner.clean(photo, LIMIT);

        assertThat(result).isInstanceOf(DocumentCleaner.Result.Cleaned.class);
        byte[] cleaned = ((DocumentCleaner.Result.Cleaned) result).content();
        Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(cleaned));
        assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(new Color(image.getRGB(10, 10)).getRed()).isGreaterThan(200);
    }

    @Test
    void pngLosesItsTextChunks() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] withText = HostileFiles.withPngChunk(png.toByteArray(), "tEXt", "Author\0Budi, Jl. Melati 3".getBytes(StandardCharsets.ISO_8859_1));
        byte[] cleaned = ((DocumentCleaner.Result.Cleaned) DocumentCleaner.clean(withText, LIMIT)).content();
        assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("Melati").doesNotContain("tEXt");
        assertThat(ImageIO.read(new ByteArrayInputStream(cleaned)).getWidth()).isEqualTo(8);
    }

    @Test
    void pdfLosesItsAuthorAndXmp() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setAuthor("Siti Pelapor");
            document.getDocumentInformation().setCreator("HP LaserJet kantor Sentra");
            document.save(pdf);
        }
        byte[] cleaned = ((DocumentCleaner.Result.Cleaned) DocumentCleaner.clean(pdf.toByteArray(), LIMIT)).content();
        try (PDDocument document = Loader.loadPDF(cleaned)) {
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentInformation().getCreator()).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void photoTakenWithThePhoneTurnedArrivesUprightWithoutItsExif() throws Exception {
        byte[] cleaned = ((DocumentCleaner.Result.Cleaned) DocumentCleaner.clean(HostileFiles.jpegTakenUpright(), LIMIT))
                .content();
        assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(image.getHeight()).isEqualTo(40);
        assertThat(new Color(image.getRGB(10, 5)).getGreen()).as("top half red").isLessThan(80);
        assertThat(new Color(image.getRGB(10, 35)).getGreen()).as("bottom half white").isGreaterThan(200);
    }

    @Test
    void threeMegabytePictureIsCleanedNotRefused() throws Exception {
        byte[] picture = TestImages.pngOfAbout(3 * 1024 * 1024);
        assertThat(picture.length).isGreaterThan(3 * 1024 * 1024 - 100_000);

        var result = DocumentCleaner.clean(picture, LIMIT);

        assertThat(result).isInstanceOf(DocumentCleaner.Result.Cleaned.class);
        byte[] cleaned = ((DocumentCleaner.Result.Cleaned) result).content();
        assertThat(ImageIO.read(new ByteArrayInputStream(cleaned)).getWidth())
                .isEqualTo(ImageIO.read(new ByteArrayInputStream(picture)).getWidth());
    }

    @Test
    void renamedExecutableIsRefusedWhateverItsName() {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThat(DocumentCleaner.clean(elf, LIMIT)).isEqualTo(new DocumentCleaner.Result.Refused("upload.wrongType"));
        assertThat(DocumentCleaner.clean(exe, LIMIT)).isEqualTo(new DocumentCleaner.Result.Refused("upload.wrongType"));
    }

    @Test
    void truncatedOrOversizedFilesAreRefused() throws Exception {
        byte[] photo = TestImages.jpegWithGps();
        byte[] cut = java.util.Arrays.copyOf(photo, 40);
        assertThat(DocumentCleaner.clean(cut, LIMIT)).isEqualTo(new DocumentCleaner.Result.Refused("upload.damaged"));
        assertThat(DocumentCleaner.clean(photo, 100)).isEqualTo(new DocumentCleaner.Result.Refused("upload.tooLarge"));
        assertThat(DocumentCleaner.clean(new byte[0], LIMIT)).isEqualTo(new DocumentCleaner.Result.Refused("upload.empty"));
    }
}
