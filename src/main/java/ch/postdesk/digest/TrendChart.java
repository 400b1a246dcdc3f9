package ch.postdesk.digest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the weekly trend of the support lead digest as a small PNG: one pair of bars per week,
 * created (blue) and resolved (green), with the week's start date below. Uses Java2D in headless
 * mode, so it needs no display.
 */
public final class TrendChart {

    static final int WIDTH = 560;
    static final int HEIGHT = 200;

    private static final Color CREATED = new Color(0x3B, 0x6E, 0xA8);
    private static final Color RESOLVED = new Color(0x4C, 0x9A, 0x5B);
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("dd.MM.", Locale.ROOT);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private TrendChart() {
    }

    /** Returns the PNG bytes of the chart of {@code weeks}, oldest first. */
    public static byte[] png(List<ProcessMetrics.WeekPoint> weeks) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, WIDTH, HEIGHT);
            draw(graphics, weeks);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding of the trend chart failed", e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D graphics, List<ProcessMetrics.WeekPoint> weeks) {
        int left = 30;
        int bottom = HEIGHT - 30;
        int top = 20;
        long max = Math.max(1, weeks.stream().mapToLong(w -> Math.max(w.created(), w.resolved())).max().orElse(1));
        graphics.setColor(Color.GRAY);
        graphics.setStroke(new BasicStroke(1f));
        graphics.drawLine(left, bottom, WIDTH - 10, bottom);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        graphics.drawString(String.valueOf(max), 4, top + 8);
        if (weeks.isEmpty()) {
            return;
        }
        int slot = (WIDTH - left - 10) / weeks.size();
        int barWidth = Math.max(4, slot / 3);
        for (int i = 0; i < weeks.size(); i++) {
            ProcessMetrics.WeekPoint week = weeks.get(i);
            int x = left + i * slot + slot / 6;
            bar(graphics, CREATED, x, bottom, top, barWidth, week.created(), max);
            bar(graphics, RESOLVED, x + barWidth, bottom, top, barWidth, week.resolved(), max);
            graphics.setColor(Color.DARK_GRAY);
            graphics.drawString(LABEL.format(week.weekStart()), x, bottom + 15);
        }
    }

    private static void bar(Graphics2D graphics, Color color, int x, int bottom, int top, int width, long value,
            long max) {
        int height = (int) Math.round((bottom - top) * (double) value / max);
        graphics.setColor(color);
        graphics.fillRect(x, bottom - height, width - 1, height);
    }
}
