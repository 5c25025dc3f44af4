package id.serasi.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF becomes a new PDF of pictures of its pages. Stripping a PDF object by object can always miss a place (page
 * XMP, attachments, scripts, annotation authors, photos with their EXIF, bytes after the end); a picture of the page
 * carries only what a reader sees. The cost: text is no longer selectable and the file may grow.
 */
final class PdfCleaner {

    /** Enough to read a scanned letter or a receipt; a page larger than A3 gets fewer dots per inch. */
    private static final float DPI = 150;
    private static final long MAX_PAGE_PIXELS = 12_000_000L;
    /** Rendering takes up to a second a page on two cores; longer documents are sent in parts. */
    static final int MAX_PAGES = 100;
    private static final float JPEG_QUALITY = 0.85f;

    private PdfCleaner() {
    }

    static byte[] render(byte[] in) throws IOException {
        try (PDDocument source = Loader.loadPDF(in); PDDocument cleaned = new PDDocument()) {
            if (source.isEncrypted()) {
                throw new IOException("encrypted");
            }
            if (source.getNumberOfPages() == 0) {
                throw new IOException("no pages");
            }
            if (source.getNumberOfPages() > MAX_PAGES) {
                throw new DocumentCleaner.Refusal("upload.tooManyPages");
            }
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                float scale = scale(source.getPage(i));
                addPicture(cleaned, renderer.renderImage(i, scale, ImageType.RGB), scale);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            cleaned.save(out);
            return out.toByteArray();
        }
    }

    /** Pixels per point: {@link #DPI}, less for a page that would exceed {@link #MAX_PAGE_PIXELS}. */
    private static float scale(PDPage page) {
        PDRectangle box = page.getCropBox();
        double points = (double) Math.abs(box.getWidth()) * Math.abs(box.getHeight());
        float scale = DPI / 72;
        if (points * scale * scale > MAX_PAGE_PIXELS) {
            scale = (float) Math.sqrt(MAX_PAGE_PIXELS / points);
        }
        return scale;
    }

    /** A page the size of the original (as turned for reading), filled with its picture. */
    private static void addPicture(PDDocument document, BufferedImage picture, float scale) throws IOException {
        float width = picture.getWidth() / scale;
        float height = picture.getHeight() / scale;
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        var image = JPEGFactory.createFromImage(document, picture, JPEG_QUALITY);
        try (var content = new PDPageContentStream(document, page)) {
            content.drawImage(image, 0, 0, width, height);
        }
    }
}
