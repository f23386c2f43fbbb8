package no.klyngeprogrammet.application;

/** One organisation in the cluster's member list. */
public record Member(String name, String orgNumber, ActorKind actorKind) {}
