package org.ppl4j.spark;

import java.io.Serializable;

/**
 * One group's fit, as a Spark row (a Java bean for {@code Encoders.bean}): the group's key, the
 * seed its run used ({@link GroupSeeds}), and either the run's result as the JSON object that
 * {@code ppl run --format json} prints for that group's data and seed (LANGUAGE.md §8) or the
 * one-line message of the error that stopped it.
 */
public class GroupResult implements Serializable {
  private static final long serialVersionUID = 1L;

  private String group;
  private long seed;
  private String json;
  private String error;

  /** An empty row (for the bean encoder). */
  public GroupResult() {}

  /** A row for {@code group}: {@code json} null when {@code error} is set, and the reverse. */
  public GroupResult(String group, long seed, String json, String error) {
    this.group = group;
    this.seed = seed;
    this.json = json;
    this.error = error;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public long getSeed() {
    return seed;
  }

  public void setSeed(long seed) {
    this.seed = seed;
  }

  /** The run's JSON report (one line), or null when the group failed. */
  public String getJson() {
    return json;
  }

  public void setJson(String json) {
    this.json = json;
  }

  /** The error's message, or null when the group's run succeeded. */
  public String getError() {
    return error;
  }

  public void setError(String error) {
    this.error = error;
  }
}
