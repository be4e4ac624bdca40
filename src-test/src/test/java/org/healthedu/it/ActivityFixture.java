package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Activities as posted to the API, and small real images for evidence. */
final class ActivityFixture {

    static final String MINFENG_UNIT = "JS-WX-BT-MF";
    static final String MINFENG_SITE = "民丰小学";
    static final String JINXING_UNIT = "JS-WX-NC-JX";
    static final String JINXING_SITE = "金星中学";

    private ActivityFixture() {
    }

    /** A lecture to girls at a site: {@code extra} is more JSON members (breakdowns, project), may be empty. */
    static String lecture(long siteId, String day, String topic, int headcount, String extra) {
        return "{\"type\":\"LECTURE\",\"heldOn\":\"" + day + "\",\"siteId\":" + siteId + ",\"topic\":\"" + topic
                + "\",\"audience\":\"GIRLS\",\"headcount\":" + headcount + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    /** An activity of {@code type} at a unit (no site). */
    static String atUnit(String type, long unitId, String day, String topic, int headcount, String extra) {
        return "{\"type\":\"" + type + "\",\"heldOn\":\"" + day + "\",\"unitId\":" + unitId + ",\"topic\":\"" + topic
                + "\",\"audience\":\"STUDENTS\",\"headcount\":" + headcount
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    static long logged(Api as, String json) {
        Api.Reply reply = as.post("api/v1/activities", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    static long countByTopic(String topic) {
        return Db.count("select count(*) from activity where topic = ?", topic);
    }

    /** A real PNG picture (4×4 pixels), as a phone's photo would be recognised. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real JPEG picture. */
    static byte[] jpeg() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
