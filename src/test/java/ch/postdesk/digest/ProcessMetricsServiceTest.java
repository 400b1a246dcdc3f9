package ch.postdesk.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Percentiles of the process figures and the trend chart image. */
class ProcessMetricsServiceTest {

    @Test
    void percentileUsesNearestRank() {
        List<Long> values = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);

        assertThat(ProcessMetricsService.percentile(values, 50)).isEqualTo(5L);
        assertThat(ProcessMetricsService.percentile(values, 90)).isEqualTo(9L);
        assertThat(ProcessMetricsService.percentile(List.of(42L), 90)).isEqualTo(42L);
        assertThat(ProcessMetricsService.percentile(List.of(), 50)).isNull();
    }

    @Test
    void trendChartIsPng() throws Exception {
        byte[] png = TrendChart.png(List.of(new ProcessMetrics.WeekPoint(LocalDate.of(2026, 11, 30), 4, 2),
                new ProcessMetrics.WeekPoint(LocalDate.of(2026, 12, 7), 0, 3)));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(TrendChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(TrendChart.HEIGHT);
    }
}
