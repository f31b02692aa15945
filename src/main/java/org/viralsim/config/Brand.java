package org.viralsim.config;

import java.util.List;

/**
 * A brand: its product, its customers and how it handles complaints.
 *
 * @param name         as campaigns name it
 * @param value        revenue per conversion (euros)
 * @param customers    share of users who own the product at the start
 * @param satisfaction chance a buyer is satisfied (and reviews positively, if at all)
 * @param response     what it does about complaints
 * @param incidents    product problems or bad buzz, by tick
 */
public record Brand(String name, double value, double customers, double satisfaction, Response response,
    List<Incident> incidents) {
  public Brand {
    Checks.name("name", name);
    Checks.range("value", value, 0, 1e12);
    Checks.probability("customers", customers);
    Checks.probability("satisfaction", satisfaction);
    Checks.present("response", response);
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
  }
}
