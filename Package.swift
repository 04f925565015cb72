// swift-tools-version: 6.1
import PackageDescription

/// Release builds skip dynamic exclusivity checks: the readers' and writers' hot loops touch class
/// state per byte, and the checks cost more than the work (measured with Scripts/bench-peers).
let fast: [SwiftSetting] = [
  .unsafeFlags(["-enforce-exclusivity=unchecked", "-cross-module-optimization"], .when(configuration: .release))
]

let package = Package(
  name: "subkit",
  products: [
    .executable(name: "subkit", targets: ["SubkitCommand"]),
    .library(name: "SubtitleTimeline", targets: ["SubtitleTimeline"]),
    .library(name: "SubRip", targets: ["SubRip"]),
    .library(name: "WebVTT", targets: ["WebVTT"]),
    .library(name: "TimelineJSON", targets: ["TimelineJSON"]),
    .library(name: "TTML", targets: ["TTML"]),
    .library(name: "TextUnicode", targets: ["TextUnicode"]),
    .library(name: "SubtitleIO", targets: ["SubtitleIO"]),
    .library(name: "SubtitleFormats", targets: ["SubtitleFormats"]),
    .library(name: "SubtitleText", targets: ["SubtitleText"]),
    .library(name: "SubtitleChecks", targets: ["SubtitleChecks"]),
    .library(name: "FindingReports", targets: ["FindingReports"]),
    .library(name: "CheckConfiguration", targets: ["CheckConfiguration"]),
    .library(name: "SubtitleAlign", targets: ["SubtitleAlign"]),
    .library(name: "SubtitleBatch", targets: ["SubtitleBatch"]),
    .library(name: "TimelineReport", targets: ["TimelineReport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // ffmpeg is run for `sync --reference FILM`; Foundation is not wanted beside ICU.
    .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2", traits: []),
  ],
  targets: [
    .target(name: "SubtitleTimeline", swiftSettings: fast),
    .target(name: "SubRip", dependencies: ["SubtitleTimeline", "TextUnicode"], swiftSettings: fast),
    .target(name: "WebVTT", dependencies: ["SubtitleTimeline", "TextUnicode"], swiftSettings: fast),
    .target(name: "TimelineJSON", dependencies: ["SubtitleTimeline", "TextUnicode"], swiftSettings: fast),
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(name: "CICU", pkgConfig: "icu-uc", providers: [.apt(["libicu-dev"])]),
    .target(name: "TextUnicode", dependencies: ["SubtitleTimeline", "CICU"], swiftSettings: fast),
    .target(name: "TTML", dependencies: ["SubtitleTimeline", "TextUnicode", "CLibXML2"], swiftSettings: fast),
    .target(name: "SubtitleIO", dependencies: ["SubtitleTimeline"], swiftSettings: fast),
    .target(
      name: "SubtitleFormats",
      dependencies: ["SubtitleTimeline", "SubRip", "WebVTT", "TimelineJSON", "TTML", "TextUnicode", "SubtitleIO"]
    ),
    .target(name: "SubtitleText", dependencies: ["SubtitleTimeline", "TextUnicode"], swiftSettings: fast),
    .target(
      name: "SubtitleChecks", dependencies: ["SubtitleTimeline", "TextUnicode", "SubtitleText"], swiftSettings: fast),
    .target(
      name: "CheckConfiguration",
      dependencies: ["SubtitleTimeline", "SubtitleChecks", "SubtitleIO", .product(name: "Yams", package: "Yams")],
      swiftSettings: fast
    ),
    .target(name: "FindingReports", dependencies: ["SubtitleTimeline", "SubtitleChecks"], swiftSettings: fast),
    .target(name: "SubtitleAlign", dependencies: ["SubtitleTimeline", "SubtitleText"], swiftSettings: fast),
    .target(name: "SubtitleBatch", dependencies: ["SubtitleTimeline", "SubtitleIO", "SubtitleFormats"]),
    .target(
      name: "TimelineReport", dependencies: ["SubtitleTimeline", "SubtitleChecks", "SubtitleAlign", "TextUnicode"]),
    .target(
      name: "MediaAudio", dependencies: ["SubtitleTimeline", .product(name: "Subprocess", package: "swift-subprocess")]),
    .executableTarget(
      name: "SubkitCommand",
      dependencies: [
        "SubtitleFormats", "SubtitleIO", "SubtitleText", "SubtitleChecks", "FindingReports", "CheckConfiguration",
        "SubtitleAlign", "SubtitleBatch", "SubtitleTimeline", "MediaAudio", "TimelineReport",
        "TextUnicode",
        "TimelineJSON",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "SubkitTestSupport",
      dependencies: ["SubtitleTimeline", "SubtitleFormats"],
      path: "Tests/SubkitTestSupport"
    ),
    .testTarget(name: "SubtitleTimelineTests", dependencies: ["SubtitleTimeline", "SubkitTestSupport"]),
    .testTarget(name: "SubRipTests", dependencies: ["SubRip", "SubtitleTimeline", "SubkitTestSupport"]),
    .testTarget(name: "WebVTTTests", dependencies: ["WebVTT", "SubtitleTimeline", "SubkitTestSupport"]),
    .testTarget(name: "TextUnicodeTests", dependencies: ["TextUnicode", "SubtitleTimeline", "SubkitTestSupport"]),
    .testTarget(
      name: "SubtitleChecksTests",
      dependencies: ["SubtitleChecks", "SubtitleFormats", "SubtitleTimeline", "SubkitTestSupport"]
    ),
    .testTarget(
      name: "CheckConfigurationTests", dependencies: ["CheckConfiguration", "SubtitleChecks", "SubtitleTimeline"]
    ),
    .testTarget(name: "SubtitleTextTests", dependencies: ["SubtitleText", "SubtitleTimeline", "TextUnicode"]),
    .testTarget(name: "TTMLTests", dependencies: ["TTML", "SubtitleTimeline", "SubkitTestSupport"]),
    .testTarget(
      name: "TimelineJSONTests",
      dependencies: ["TimelineJSON", "SubtitleTimeline", "SubkitTestSupport"]
    ),
    .testTarget(
      name: "SubtitleFormatsTests",
      dependencies: ["SubtitleFormats", "SubtitleIO", "SubtitleTimeline", "TextUnicode", "SubkitTestSupport"]
    ),
    .testTarget(name: "SubtitleAlignTests", dependencies: ["SubtitleAlign", "SubtitleTimeline"]),
    .testTarget(
      name: "SubtitleBatchTests",
      dependencies: ["SubtitleBatch", "SubtitleFormats", "SubtitleIO", "SubtitleTimeline", "SubkitTestSupport"]),
    .testTarget(
      name: "TimelineReportTests",
      dependencies: ["TimelineReport", "SubtitleChecks", "SubtitleFormats", "SubtitleTimeline", "SubkitTestSupport"]),
    .testTarget(name: "SubkitCommandTests", dependencies: ["SubtitleTimeline", "SubkitTestSupport"]),
  ]
)
