package org.viralsim.gui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.Defaults;
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
 * with {@code domX} for ranges and choices, {@code nameX} for labels, {@code hideX} for what the
 * scenario lacks). Each change is checked at once and applies at the next start; a refused change
 * is reported as a message and leaves the settings as they were. A range always holds the value
 * shown, so that showing a scenario never moves (and so changes) a slider.
 */
public final class Settings {
  private static final String[] ROLES = Defaults.roles().keySet().toArray(String[]::new);
  private static final int CREATOR = 0;
  private static final int CONTRIBUTOR = 1;
  private static final int LURKER = 2;
  private static final String[] NETWORK_TYPES = NetworkSpec.TYPES.toArray(String[]::new);

  private Setup setup;
  private final Consumer<String> messages;
  private boolean showing;

  /** @param messages receives one line per change: what will apply at the next start, or why not */
  Settings(Setup setup, Consumer<String> messages) {
    this.setup = setup;
    this.messages = messages;
  }

  /** Shows another setup: while {@code refresh} runs (the inspector reading the new values), setters do nothing. */
  void show(Setup next, Runnable refresh) {
    setup = next;
    showing = true;
    try {
      refresh.run();
    } finally {
      showing = false;
    }
  }

  private Scenario now() { return setup.left(); }

  private void edit(String what, Function<Scenario, Map<String, String>> change) {
    if (showing) return;
    String outcome = setup.edit(change);
    if (Setup.UNCHANGED.equals(outcome)) return;
    if (outcome == null) {
      messages.accept(what + ": applies at the next start (press Stop, then Play)");
    } else if (Setup.LEFT_ONLY.equals(outcome)) {
      messages.accept(what + ": applies to the left run at the next start; the right run keeps its own value, the"
          + " difference the two show");
    } else {
      messages.accept(what + " not changed: " + outcome);
    }
  }

  private void edit(String what, String key, Object value) {
    edit(what, s -> Map.of(key, String.valueOf(value)));
  }

  private static Interval upTo(double max, double current) { return new Interval(0.0, Math.max(max, current)); }

  // Time

  public int getSteps() { return now().steps(); }
  public void setSteps(int steps) { edit("Ticks", "steps", steps); }
  public Object domSteps() { return new Interval(1L, Math.max(1000L, getSteps())); }
  public String nameSteps() { return "Ticks (hours)"; }

  // Roles

  private Role role(Scenario s, int r) { return s.population().roles().get(ROLES[r]); }

  private double value(int r, Function<Role, Double> of) { return lacks(r) ? 0 : of.apply(role(now(), r)); }

  private boolean lacks(int r) { return role(now(), r) == null; }

  private static String roleKey(int r, String key) { return "population.roles." + ROLES[r] + "." + key; }

  /** Sets a role's share in each scenario, the lurkers taking the rest of that scenario's users. */
  private void share(int r, double share) {
    edit(cap(ROLES[r]) + " share", s -> {
      double others = 0;
      for (Map.Entry<String, Role> e : s.population().roles().entrySet()) {
        if (!e.getKey().equals(ROLES[r]) && !e.getKey().equals(ROLES[LURKER])) others += e.getValue().share();
      }
      Map<String, String> change = new LinkedHashMap<>();
      change.put(roleKey(r, "share"), number(share));
      // Rounded: sums of shares carry float residue (1 - 0.5 - 0.5 is not quite 0).
      change.put(roleKey(LURKER, "share"), BigDecimal.valueOf(1 - share - others).setScale(9, RoundingMode.HALF_EVEN)
          .stripTrailingZeros().toPlainString());
      return change;
    });
  }

  public double getCreatorShare() { return value(CREATOR, Role::share); }
  public void setCreatorShare(double v) { share(CREATOR, v); }
  public Object domCreatorShare() { return upTo(0.5, getCreatorShare()); }
  public boolean hideCreatorShare() { return lacks(CREATOR) || lacks(LURKER); }
  public String nameCreatorShare() { return "Creators: share"; }

  public double getContributorShare() { return value(CONTRIBUTOR, Role::share); }
  public void setContributorShare(double v) { share(CONTRIBUTOR, v); }
  public Object domContributorShare() { return upTo(0.5, getContributorShare()); }
  public boolean hideContributorShare() { return lacks(CONTRIBUTOR) || lacks(LURKER); }
  public String nameContributorShare() { return "Contributors: share"; }

  public double getLurkerShare() { return value(LURKER, Role::share); }
  public boolean hideLurkerShare() { return lacks(LURKER); }
  public String nameLurkerShare() { return "Lurkers: share (the rest)"; }

  public double getCreatorActivity() { return value(CREATOR, Role::activity); }
  public void setCreatorActivity(double v) { edit("Creator activity", roleKey(CREATOR, "activity"), number(v)); }
  public Object domCreatorActivity() { return upTo(1, 0); }
  public boolean hideCreatorActivity() { return lacks(CREATOR); }
  public String nameCreatorActivity() { return "Creators: online per hour"; }

  public double getContributorActivity() { return value(CONTRIBUTOR, Role::activity); }
  public void setContributorActivity(double v) { edit("Contributor activity", roleKey(CONTRIBUTOR, "activity"), number(v)); }
  public Object domContributorActivity() { return upTo(1, 0); }
  public boolean hideContributorActivity() { return lacks(CONTRIBUTOR); }
  public String nameContributorActivity() { return "Contributors: online per hour"; }

  public double getLurkerActivity() { return value(LURKER, Role::activity); }
  public void setLurkerActivity(double v) { edit("Lurker activity", roleKey(LURKER, "activity"), number(v)); }
  public Object domLurkerActivity() { return upTo(1, 0); }
  public boolean hideLurkerActivity() { return lacks(LURKER); }
  public String nameLurkerActivity() { return "Lurkers: online per hour"; }

  public double getCreatorReshare() { return value(CREATOR, Role::reshare); }
  public void setCreatorReshare(double v) { edit("Creator reshare", roleKey(CREATOR, "reshare"), number(v)); }
  public Object domCreatorReshare() { return upTo(1, 0); }
  public boolean hideCreatorReshare() { return lacks(CREATOR); }
  public String nameCreatorReshare() { return "Creators: reshare a read"; }

  public double getContributorReshare() { return value(CONTRIBUTOR, Role::reshare); }
  public void setContributorReshare(double v) { edit("Contributor reshare", roleKey(CONTRIBUTOR, "reshare"), number(v)); }
  public Object domContributorReshare() { return upTo(1, 0); }
  public boolean hideContributorReshare() { return lacks(CONTRIBUTOR); }
  public String nameContributorReshare() { return "Contributors: reshare a read"; }

  public double getLurkerReshare() { return value(LURKER, Role::reshare); }
  public void setLurkerReshare(double v) { edit("Lurker reshare", roleKey(LURKER, "reshare"), number(v)); }
  public Object domLurkerReshare() { return upTo(0.2, getLurkerReshare()); }
  public boolean hideLurkerReshare() { return lacks(LURKER); }
  public String nameLurkerReshare() { return "Lurkers: reshare a read"; }

  // The campaign (the first one of each scenario)

  private Campaign campaign() { return now().campaign(); }

  private void editCampaign(String what, String key, String value) {
    edit(what, s -> Map.of((s.campaigns().size() == 1 ? "campaign." : "campaigns.0.") + key, value));
  }

  public double getAppeal() { return campaign().appeal(); }
  public void setAppeal(double v) { editCampaign("Appeal", "appeal", number(v)); }
  public Object domAppeal() { return upTo(20, getAppeal()); }
  public String nameAppeal() { return "Appeal (x reshare)"; }

  public int getSeeding() { return campaign().seeding().strategy().ordinal(); }
  public void setSeeding(int v) { editCampaign("Seeding", "seeding.strategy", lower(SeedingStrategy.values()[v])); }
  public Object domSeeding() { return names(SeedingStrategy.values()); }
  public String nameSeeding() { return "Seeding strategy"; }

  public int getSeeds() { return campaign().seeding().count(); }
  public void setSeeds(int v) { editCampaign("Seeds", "seeding.count", String.valueOf(v)); }
  public Object domSeeds() { return new Interval(1L, Math.max(100L, getSeeds())); }
  public String nameSeeds() { return "Seed users"; }

  // The network and the diffusion rule

  public int getNetwork() { return Arrays.asList(NETWORK_TYPES).indexOf(now().network().type()); }
  public void setNetwork(int v) { edit("Network", "network.type", NETWORK_TYPES[v]); }
  public Object domNetwork() { return NETWORK_TYPES.clone(); }
  public String nameNetwork() { return "Network type"; }

  /** Users of a generated network; 0 for a block model or a network file, whose size the slider does not set. */
  public int getUsers() { return hideUsers() ? 0 : Preflight.nodes(now().network()); }
  public void setUsers(int v) { edit("Users", "network.nodes", v); }
  public Object domUsers() { return new Interval(Math.min(100L, getUsers()), Math.max(50_000L, getUsers())); }
  public boolean hideUsers() {
    return now().network() instanceof NetworkSpec.Sbm || now().network().fromFile();
  }
  public String nameUsers() { return "Network users"; }

  public int getDiffusion() { return now().diffusion().model().ordinal(); }
  public void setDiffusion(int v) { edit("Diffusion", "diffusion.model", lower(DiffusionModel.values()[v])); }
  public Object domDiffusion() { return names(DiffusionModel.values()); }
  public String nameDiffusion() { return "Diffusion rule"; }

  // The brand's answer to complaints (the first campaign's brand)

  private static Brand brand(Scenario s) { return s.brands().get(s.brandIndex(s.campaign().brand())); }

  public int getResponse() { return brand(now()).response().policy().ordinal(); }
  public void setResponse(int v) {
    String policy = lower(ResponsePolicy.values()[v]);
    edit("Response", s -> Map.of("brands." + brand(s).name() + ".response.policy", policy));
  }
  public Object domResponse() { return names(ResponsePolicy.values()); }
  public String nameResponse() { return "Brand on complaints"; }

  private static String number(double v) { return BigDecimal.valueOf(v).toPlainString(); }

  private static String lower(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }

  private static String[] names(Enum<?>[] values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) out[i] = lower(values[i]);
    return out;
  }

  private static String cap(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
