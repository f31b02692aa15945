package org.viralsim.gui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.ResponsePolicy;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.experiment.Preflight;
import sim.util.Interval;

/**
 * The trainer's controls, shown by MASON's model inspector as sliders and choices (bean properties,
 * with {@code domX} for ranges and choices, {@code nameX} for labels, {@code hideX} for roles the
 * scenario lacks). Each change is checked at once and applies at the next start; a refused change
 * is reported as a message and leaves the settings as they were.
 */
public final class Settings {
  private static final String[] ROLES = {"creator", "contributor", "lurker"};
  private static final String[] NETWORK_TYPES = {"erdos_renyi", "watts_strogatz", "barabasi_albert", "powerlaw",
      "sbm", "edge_list"};

  private Setup setup;
  private final Consumer<String> messages;

  /** @param messages receives one line per change: what will apply at the next start, or why not */
  Settings(Setup setup, Consumer<String> messages) {
    this.setup = setup;
    this.messages = messages;
  }

  void use(Setup next) { setup = next; }

  private Scenario now() { return setup.left(); }

  private void edit(String what, Map<String, String> change) {
    String refused = setup.edit(change);
    if (Setup.UNCHANGED.equals(refused)) return; // e.g. the Model tab showing the values of a new lesson
    messages.accept(refused == null ? what + ": applies at the next start (press Stop, then Play)"
        : what + " not changed: " + refused);
  }

  private void edit(String what, String key, Object value) {
    edit(what, Map.of(key, String.valueOf(value)));
  }

  // Time

  public int getSteps() { return now().steps(); }
  public void setSteps(int steps) { edit("Ticks", "steps", steps); }
  public Object domSteps() { return new Interval(1, 1000); }
  public String nameSteps() { return "Ticks (hours)"; }

  // Roles

  private Role role(int r) { return now().population().roles().get(ROLES[r]); }

  private boolean lacks(int r) { return role(r) == null; }

  private String roleKey(int r, String key) { return "population.roles." + ROLES[r] + "." + key; }

  /** Sets a role's share, and takes the difference from (or gives it to) the lurkers. */
  private void share(int r, double share) {
    Map<String, String> change = new LinkedHashMap<>();
    change.put(roleKey(r, "share"), number(share));
    if (!lacks(2)) change.put(roleKey(2, "share"), number(role(2).share() - (share - role(r).share())));
    edit(cap(ROLES[r]) + " share", change);
  }

  public double getCreatorShare() { return lacks(0) ? 0 : role(0).share(); }
  public void setCreatorShare(double v) { share(0, v); }
  public Object domCreatorShare() { return new Interval(0.0, 0.5); }
  public boolean hideCreatorShare() { return lacks(0) || lacks(2); }
  public String nameCreatorShare() { return "Creators: share"; }

  public double getContributorShare() { return lacks(1) ? 0 : role(1).share(); }
  public void setContributorShare(double v) { share(1, v); }
  public Object domContributorShare() { return new Interval(0.0, 0.5); }
  public boolean hideContributorShare() { return lacks(1) || lacks(2); }
  public String nameContributorShare() { return "Contributors: share"; }

  public double getLurkerShare() { return lacks(2) ? 0 : role(2).share(); }
  public boolean hideLurkerShare() { return lacks(2); }
  public String nameLurkerShare() { return "Lurkers: share (the rest)"; }

  public double getCreatorActivity() { return lacks(0) ? 0 : role(0).activity(); }
  public void setCreatorActivity(double v) { edit("Creator activity", roleKey(0, "activity"), number(v)); }
  public Object domCreatorActivity() { return new Interval(0.0, 1.0); }
  public boolean hideCreatorActivity() { return lacks(0); }
  public String nameCreatorActivity() { return "Creators: online per hour"; }

  public double getContributorActivity() { return lacks(1) ? 0 : role(1).activity(); }
  public void setContributorActivity(double v) { edit("Contributor activity", roleKey(1, "activity"), number(v)); }
  public Object domContributorActivity() { return new Interval(0.0, 1.0); }
  public boolean hideContributorActivity() { return lacks(1); }
  public String nameContributorActivity() { return "Contributors: online per hour"; }

  public double getLurkerActivity() { return lacks(2) ? 0 : role(2).activity(); }
  public void setLurkerActivity(double v) { edit("Lurker activity", roleKey(2, "activity"), number(v)); }
  public Object domLurkerActivity() { return new Interval(0.0, 1.0); }
  public boolean hideLurkerActivity() { return lacks(2); }
  public String nameLurkerActivity() { return "Lurkers: online per hour"; }

  public double getCreatorReshare() { return lacks(0) ? 0 : role(0).reshare(); }
  public void setCreatorReshare(double v) { edit("Creator reshare", roleKey(0, "reshare"), number(v)); }
  public Object domCreatorReshare() { return new Interval(0.0, 1.0); }
  public boolean hideCreatorReshare() { return lacks(0); }
  public String nameCreatorReshare() { return "Creators: reshare a read"; }

  public double getContributorReshare() { return lacks(1) ? 0 : role(1).reshare(); }
  public void setContributorReshare(double v) { edit("Contributor reshare", roleKey(1, "reshare"), number(v)); }
  public Object domContributorReshare() { return new Interval(0.0, 1.0); }
  public boolean hideContributorReshare() { return lacks(1); }
  public String nameContributorReshare() { return "Contributors: reshare a read"; }

  public double getLurkerReshare() { return lacks(2) ? 0 : role(2).reshare(); }
  public void setLurkerReshare(double v) { edit("Lurker reshare", roleKey(2, "reshare"), number(v)); }
  public Object domLurkerReshare() { return new Interval(0.0, 0.2); }
  public boolean hideLurkerReshare() { return lacks(2); }
  public String nameLurkerReshare() { return "Lurkers: reshare a read"; }

  // The campaign

  private Campaign campaign() { return now().campaign(); }

  public double getAppeal() { return campaign().appeal(); }
  public void setAppeal(double v) { edit("Appeal", setup.campaignKey() + ".appeal", number(v)); }
  public Object domAppeal() { return new Interval(0.0, 20.0); }
  public String nameAppeal() { return "Appeal (x reshare)"; }

  public int getSeeding() { return campaign().seeding().strategy().ordinal(); }
  public void setSeeding(int v) {
    edit("Seeding", setup.campaignKey() + ".seeding.strategy", lower(SeedingStrategy.values()[v]));
  }
  public Object domSeeding() { return names(SeedingStrategy.values()); }
  public String nameSeeding() { return "Seeding strategy"; }

  public int getSeeds() { return campaign().seeding().count(); }
  public void setSeeds(int v) { edit("Seeds", setup.campaignKey() + ".seeding.count", v); }
  public Object domSeeds() { return new Interval(1L, 100L); }
  public String nameSeeds() { return "Seed users"; }

  // The network and the diffusion rule

  public int getNetwork() { return java.util.Arrays.asList(NETWORK_TYPES).indexOf(now().network().type()); }
  public void setNetwork(int v) { edit("Network", "network.type", NETWORK_TYPES[v]); }
  public Object domNetwork() { return NETWORK_TYPES.clone(); }
  public String nameNetwork() { return "Network type"; }

  public int getUsers() { return Preflight.nodes(now().network()); }
  public void setUsers(int v) { edit("Users", "network.nodes", v); }
  public Object domUsers() { return new Interval(100L, 50_000L); }
  public boolean hideUsers() {
    return now().network() instanceof NetworkSpec.Sbm || now().network() instanceof NetworkSpec.EdgeList;
  }
  public String nameUsers() { return "Network users"; }

  public int getDiffusion() { return now().diffusion().model().ordinal(); }
  public void setDiffusion(int v) { edit("Diffusion", "diffusion.model", lower(DiffusionModel.values()[v])); }
  public Object domDiffusion() { return names(DiffusionModel.values()); }
  public String nameDiffusion() { return "Diffusion rule"; }

  // The brand's answer to complaints

  private Brand brand() { return now().brands().get(now().brandIndex(campaign().brand())); }

  public int getResponse() { return brand().response().policy().ordinal(); }
  public void setResponse(int v) {
    edit("Response", "brands." + brand().name() + ".response.policy", lower(ResponsePolicy.values()[v]));
  }
  public Object domResponse() { return names(ResponsePolicy.values()); }
  public String nameResponse() { return "Brand on complaints"; }

  private static String number(double v) {
    return java.math.BigDecimal.valueOf(v).toPlainString();
  }

  private static String lower(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }

  private static String[] names(Enum<?>[] values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) out[i] = lower(values[i]);
    return out;
  }

  private static String cap(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
