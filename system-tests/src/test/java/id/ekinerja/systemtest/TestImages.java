package id.ekinerja.systemtest;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Images for the logo tests, made on the spot: a real PNG, an oversized "PNG", an SVG with a script. */
final class TestImages {
    private TestImages() {
    }

    /** A small real PNG (a red square), a few hundred bytes. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 48; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, x < 24 ? Color.RED.getRGB() : Color.WHITE.getRGB());
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PNG magic followed by filler: the right type, one byte over 512 KB. */
    static byte[] oversizedPng() {
        byte[] big = Arrays.copyOf(png(), 512 * 1024 + 1);
        Arrays.fill(big, png().length, big.length, (byte) 7);
        return big;
    }

    static byte[] svg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
