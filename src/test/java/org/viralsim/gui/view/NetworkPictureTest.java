package org.viralsim.gui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.config.Scenario;
import org.viralsim.gui.TestRuns;
import org.viralsim.model.CampaignSim;
import org.viralsim.model.Item;

/** The network picture drawn headless into an image: what is on it follows what happened in the run. */
class NetworkPictureTest {
  static final int SIZE = 700;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void eachRoleShowsInFullColourExactlyWhenOneOfItsUsersReadTheCampaign(long seed) {
    Scenario scenario = TestRuns.scenario(seed);
    CampaignSim sim = new CampaignSim(seed, scenario, null);
    sim.start();
    Layout layout = Layouts.of(sim.graph(), scenario.network(), seed, sim.campaignSeeds());
    NetworkPicture picture = new NetworkPicture(sim, layout);
    for (int t = 0; t < 3; t++) {
      sim.schedule.step(sim);
      picture.advance();
    }
    BufferedImage image = paint(picture);
    Item campaign = sim.campaignItem();
    for (int role = 0; role < 3; role++) {
      boolean read = false;
      boolean unread = false;
      for (int u : layout.users()) {
        if (sim.roleOf()[u] != role) continue;
        if (campaign.readBy(u)) read = true;
        else unread = true;
      }
      assertThat(count(image, Palette.role(role)) > 0).as("role %d in full colour", role).isEqualTo(read);
      assertThat(count(image, Palette.faded(role)) > 0).as("role %d faded", role).isEqualTo(unread);
    }
    assertThat(count(image, Palette.SHARING) > 0).as("black rings, edges or crosses").isEqualTo(
        picture.resharedLastTick() > 0 || campaign.cascadeSize() > campaign.authors());
    assertThat(nonWhite(image)).as("share of the picture drawn").isGreaterThan(0.05);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void beforeTheCampaignNobodyIsInFullColourOrRinged(long seed) {
    Scenario scenario = TestRuns.scenario(seed, "campaign.start=10");
    CampaignSim sim = new CampaignSim(seed, scenario, null);
    sim.start();
    NetworkPicture picture = new NetworkPicture(sim, Layouts.of(sim.graph(), scenario.network(), seed, null));
    sim.schedule.step(sim);
    picture.advance();
    BufferedImage image = paint(picture);
    for (int role = 0; role < 3; role++) {
      assertThat(count(image, Palette.role(role))).as("role %d in full colour", role).isZero();
      assertThat(count(image, Palette.faded(role))).as("role %d faded", role).isPositive();
    }
    assertThat(count(image, Palette.SHARING)).isZero();
  }

  static BufferedImage paint(NetworkPicture picture) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Palette.BACKGROUND);
    g.fillRect(0, 0, SIZE, SIZE);
    picture.paint(g, new Rectangle2D.Double(0, 0, SIZE, SIZE), 1);
    g.dispose();
    return image;
  }

  /** Pixels of exactly this colour (inside a dot, away from its anti-aliased rim). */
  static int count(BufferedImage image, Color colour) {
    int rgb = colour.getRGB() | 0xFF000000;
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) | 0xFF000000) == rgb) n++;
    }
    return n;
  }

  static double nonWhite(BufferedImage image) {
    int white = Palette.BACKGROUND.getRGB() | 0xFF000000;
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) | 0xFF000000) != white) n++;
    }
    return n / (double) (image.getWidth() * image.getHeight());
  }
}
