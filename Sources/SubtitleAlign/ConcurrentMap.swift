import Dispatch

extension Range where Bound == Int {
  /// `transform` of each index, the indices shared among the machine's cores: the same result as
  /// `map`, in the same order, for work whose pieces are independent (and read only shared values).
  func concurrentMap<Element>(_ transform: @Sendable (Int) -> Element) -> [Element] {
    guard count > 1 else { return map(transform) }
    return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      let base = buffer.baseAddress.map { UnsafeMutableSendablePointer($0) }
      DispatchQueue.concurrentPerform(iterations: count) { index in
        base?.pointer.advanced(by: index).initialize(to: transform(lowerBound + index))
      }
      initialized = count
    }
  }
}

/// A pointer handed to the threads of `concurrentMap`, each of which writes only its own element.
private struct UnsafeMutableSendablePointer<Element>: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<Element>
  init(_ pointer: UnsafeMutablePointer<Element>) { self.pointer = pointer }
}
