/** antd's button props have no data-* in their type; the test id still reaches the element. */
export function testIdProp(id: string): object {
  return { 'data-testid': id };
}
