import { runBrokerContract } from './broker.contract.js'
import { createMemoryBroker } from './memory.js'

runBrokerContract('memory', () => createMemoryBroker())
