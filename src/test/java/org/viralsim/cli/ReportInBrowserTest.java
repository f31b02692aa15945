package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reports open in a real browser: headless Chromium (Debian's {@code chromium}, which .ci/run
 * installs) loads each kind with no console error, decodes every image, and draws a page that is not
 * blank. Skipped, saying so, where Chromium is not installed.
 */
@Tag("browser")
class ReportInBrowserTest {
  private static final Pattern IMAGE = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
  /** Appended to a copy of a report: counts the images the browser decoded, once the page has loaded. */
  private static final String PROBE = "<script>addEventListener('load',()=>{const i=[...document.images];"
      + "document.body.dataset.decoded=i.filter(x=>x.complete&&x.naturalWidth>0).length+' of '+i.length;});</script>";
  private static String chromium;

  @TempDir static Path dir;

  @BeforeAll
  static void findChromiumAndWriteReports() throws IOException {
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (chromium == null && Files.isExecutable(Path.of(p, name))) chromium = Path.of(p, name).toString();
      }
    }
    Assumptions.assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium): reports not"
        + " opened in a browser");
    Path a = Files.writeString(dir.resolve("tiny.yaml"), RunCommandTest.SCENARIO);
    Path b = Files.writeString(dir.resolve("bold.yaml"), RunCommandTest.SCENARIO.replace("appeal: 3", "appeal: 9")
        .replace("name: tiny", "name: bold"));
    assertThat(Cli.execute("run", a.toString(), "--out", dir.resolve("run").toString()).exit()).isZero();
    assertThat(Cli.execute("compare", a.toString(), b.toString(), "--out", dir.resolve("compare").toString()).exit())
        .isZero();
    Path sweep = Files.writeString(dir.resolve("s.yaml"), "base: tiny.yaml\nparameters: [{key: campaign.appeal, values:"
        + " [1, 3, 9]}]\nreplications: 3\n");
    assertThat(Cli.execute("sweep", sweep.toString(), "--out", dir.resolve("sweep").toString()).exit()).isZero();
    Files.createDirectories(dir.resolve("families"));
    Files.copy(a, dir.resolve("families/tiny.yaml"));
    Path myth = Files.writeString(Files.createDirectories(dir.resolve("myths")).resolve("m.yaml"), "id: MT\nclaim: Appeal"
        + " does not matter\nfamilies: [tiny]\nreplications: 4\nexperiment: {type: compare, a: {label: low, set:"
        + " [campaign.appeal=1]}, b: {label: high, set: [campaign.appeal=9]}}\nmetric: reach\npredicts: no_difference\n");
    assertThat(Cli.execute("myth", myth.toString(), "--out", dir.resolve("myth").toString()).exit()).isZero();
  }

  /** Each kind of report, with the fewest charts it embeds. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"run, 9", "compare, 2", "sweep, 4", "myth, 1"})
  void theReportLoadsCleanly(String command, int charts) throws Exception {
    opensCleanly(dir.resolve(command).resolve("report.html"), charts);
  }

  private static void opensCleanly(Path report, int charts) throws Exception {
    String html = Files.readString(report);
    List<String> images = new ArrayList<>();
    Matcher m = IMAGE.matcher(html);
    while (m.find()) images.add(m.group(1));
    assertThat(images).as("embedded charts").hasSizeGreaterThanOrEqualTo(charts);
    for (String png : images) {
      BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(png)));
      assertThat(image).as("an embedded PNG decodes").isNotNull();
    }

    Path shot = report.resolveSibling("screenshot.png");
    String log = chromium(report, "--enable-logging=stderr", "--v=0", "--window-size=1000,1600", "--screenshot=" + shot);
    assertThat(log.lines().filter(l -> l.contains(":CONSOLE")).toList()).as("console messages").isEmpty();
    assertThat(distinctColours(ImageIO.read(shot.toFile()))).as("colours on the screenshot").isGreaterThan(20);

    Path probed = report.resolveSibling("probed.html");
    Files.writeString(probed, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
    String dom = chromium(probed, "--dump-dom", "--virtual-time-budget=10000");
    assertThat(dom).as("images the browser decoded").contains("data-decoded=\"" + images.size() + " of " + images.size()
        + "\"");
  }

  private static String chromium(Path page, String... options) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(options));
    command.add(page.toUri().toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 4) for (int x = 0; x < image.getWidth(); x += 4) colours.add(image.getRGB(x, y));
    return colours.size();
  }
}
