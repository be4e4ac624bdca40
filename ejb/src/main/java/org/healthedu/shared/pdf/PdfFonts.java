package org.healthedu.shared.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one font every PDF uses: Noto Sans SC (SIL Open Font License, shipped in {@code /fonts} with its licence), a
 * TrueType font with Chinese and Latin glyphs, embedded as a subset with Unicode mapping, so Chinese renders in any
 * viewer and the text can be searched and extracted. Loaded once per class loader (10 MB), shared by all documents.
 */
public final class PdfFonts {

    private static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    private static volatile byte[] bytes;

    private PdfFonts() {
    }

    /** A new base font backed by the shared bytes (OpenPDF's fonts keep per-document subset state: one per document). */
    public static BaseFont base() {
        try {
            return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    fontBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Font font(BaseFont base, float size) {
        return new Font(base, size);
    }

    public static Font bold(BaseFont base, float size) {
        // Noto Sans SC Regular has no bold face of its own: OpenPDF strokes the glyphs to embolden them.
        return new Font(base, size, Font.BOLD);
    }

    private static byte[] fontBytes() throws IOException {
        byte[] loaded = bytes;
        if (loaded == null) {
            synchronized (PdfFonts.class) {
                loaded = bytes;
                if (loaded == null) {
                    try (InputStream in = PdfFonts.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IOException("font missing: " + RESOURCE);
                        }
                        loaded = in.readAllBytes();
                    }
                    bytes = loaded;
                }
            }
        }
        return loaded;
    }
}
