package cn.dalian.laborbrand.registry.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The QR code printed on a certificate: the address of its public verification page, as a PNG the template embeds. */
final class VerificationQr {

    /** Pixels a side; printed at 30 mm this is about 13 pixels per millimetre, sharp on paper. */
    private static final int SIZE = 400;
    /** Level M survives a stain or a fold on a paper certificate yet keeps the modules large. */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2);

    private VerificationQr() {
    }

    static byte[] png(String url) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, SIZE, SIZE, HINTS);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("the address does not fit a QR code: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG as a data: address, which the PDF renderer reads without fetching anything. */
    static String dataUri(String url) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(url));
    }
}
