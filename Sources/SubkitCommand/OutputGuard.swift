import ArgumentParser
import SubtitleIO

/// Refuses an output that is one of the inputs, which writing it would destroy.
enum OutputGuard {
  /// Throws when one of `outputs` (an option's name and its path; nil or `-` is none or standard
  /// output) names the same file as one of `inputs`.
  static func refuse(_ outputs: [(option: String, path: String?)], over inputs: [String]) throws {
    for (option, path) in outputs {
      guard let path, path != "-" else { continue }
      if let input = inputs.first(where: { $0 != "-" && isSameFile($0, path) }) {
        throw ValidationError("the output would overwrite the input '\(input)'; choose another \(option)")
      }
    }
  }
}
