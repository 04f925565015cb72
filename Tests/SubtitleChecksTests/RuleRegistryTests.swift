import SubtitleChecks
import Testing

/// The registry names every rule once, each with its description filled in.
@Suite struct RuleRegistryTests {
  @Test func everyRuleHasAUniqueIdAndADescription() {
    let ids = RuleRegistry.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    for rule in RuleRegistry.all {
      #expect(!rule.about.summary.isEmpty && !rule.about.explanation.isEmpty, "\(rule.id)")
      #expect(RuleRegistry.rule(rule.id)?.id == rule.id)
    }
  }
}
