// swift-tools-version: 6.1
// libFuzzer targets for every reader, for round trips and for `check`, kept out of the main package so that
// `swift build` and `swift test` there never compile them. Built and run by `Scripts/fuzz`:
//
//   Scripts/fuzz                    # every target, 60 s each
//   Scripts/fuzz ttml --seconds 1800
import PackageDescription

let package = Package(
  name: "SubkitFuzz",
  dependencies: [
    // Named, because a path dependency's identity is its folder's name ("main" in a work tree,
    // "subkit" in a clone); the products below refer to it as "subkit".
    .package(name: "subkit", path: "../..")
  ],
  targets: [
    .executableTarget(
      name: "SubkitFuzz",
      dependencies: [
        .product(name: "SubtitleTimeline", package: "subkit"),
        .product(name: "SubtitleFormats", package: "subkit"),
        .product(name: "TextUnicode", package: "subkit"),
        .product(name: "SubtitleIO", package: "subkit"),
        .product(name: "SubtitleChecks", package: "subkit"),
        .product(name: "FindingReports", package: "subkit"),
        .product(name: "CheckConfiguration", package: "subkit"),
        .product(name: "SubtitleAlign", package: "subkit"),
        .product(name: "SubtitleBatch", package: "subkit"),
        .product(name: "TimelineReport", package: "subkit"),
      ],
      // libFuzzer brings its own main; the entry point is LLVMFuzzerTestOneInput.
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
  ]
)
